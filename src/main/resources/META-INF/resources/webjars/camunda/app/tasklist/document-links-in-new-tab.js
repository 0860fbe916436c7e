// A form's link to a document (a report, a written record, a job description) opens it in a new tab: in the same tab
// the person would leave Tasklist and lose what they had typed in the form. The document opens with the Tasklist session.
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('.fjs-container a[href^="/api/documents/"]');
  if (link) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
}, true);
