// Reads the signed-in person's documents and notifications from the application's API with the session
// of Tasklist (no second login). Text is set as text, never as HTML.
(function () {
  const ukDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  const get = StaffCareersPage.get;

  function item(list, build) {
    const li = document.createElement('li');
    build(li);
    list.appendChild(li);
  }

  const text = StaffCareersPage.add;

  function fill(listId, entries, emptyText, build) {
    const list = document.getElementById(listId);
    list.textContent = '';
    if (entries.length === 0) {
      item(list, function (li) { li.className = 'empty'; li.textContent = emptyText; });
    }
    entries.forEach(function (entry) { item(list, function (li) { build(li, entry); }); });
  }

  function when(iso) {
    return iso ? ukDate.format(new Date(iso)) : '';
  }

  get('/api/staff/me').then(function (me) {
    document.getElementById('who').textContent = 'Signed in as ' + me.firstName + ' ' + me.lastName + '.';
    return Promise.all([get('/api/staff/' + encodeURIComponent(me.id) + '/documents'), get('/api/notifications')]);
  }).then(function (results) {
    fill('documents', results[0], 'No documents have been issued about you yet.', function (li, doc) {
      const link = text(li, 'a', null, doc.title + (doc.version > 1 ? ' (version ' + doc.version + ')' : ''));
      link.href = '/api/documents/' + doc.id;
      link.target = '_blank';
      link.rel = 'noopener';
      text(li, 'span', 'when', when(doc.issuedAt));
    });
    fill('notifications', results[1], 'You have no notifications.', function (li, note) {
      text(li, 'strong', null, note.subject);
      text(li, 'span', 'when', when(note.createdAt));
      text(li, 'span', 'body', note.body);
    });
  }).catch(function (error) {
    StaffCareersPage.failed(error, 'Your documents could not be read just now');
    ['documents', 'notifications'].forEach(function (id) { document.getElementById(id).textContent = ''; });
  });
})();
