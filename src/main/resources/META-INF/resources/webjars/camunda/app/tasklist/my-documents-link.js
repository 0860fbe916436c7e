// Links in Tasklist's header, opening in a new tab with the Tasklist session (no second login): the page of one's own
// documents and notifications (/my/index.html), for everyone; and the staff directory's upload page
// (/directory/index.html) for those who bring staff records in, and the appraisal launches they follow
// (/launches/index.html): the headteachers and the trust's central team.
const DIRECTORY_ROLES = ['HEADTEACHER', 'HR_ADVISER', 'CEO'];

function link(href, text, title, className) {
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = text;
  a.title = title;
  a.className = className;
  // Side by side, as Tasklist's own links are: its navbar rule would put each on a line of its own.
  a.style.display = 'inline-block';
  a.style.marginRight = '12px';
  return a;
}

export default {
  id: 'staff-careers-my-documents',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    node.appendChild(link('/my/index.html', 'My documents and notifications',
      'Reports and letters about you, and your notifications (opens in a new tab)', 'staff-careers-my-documents'));
    fetch('/api/staff/me', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((me) => {
        if (me && DIRECTORY_ROLES.includes(me.role)) {
          node.appendChild(document.createTextNode(' '));
          node.appendChild(link('/directory/index.html', 'Staff directory',
            'Bring in staff records from the school\'s MIS, or add, change or end one person (opens in a new tab)',
            'staff-careers-directory'));
          node.appendChild(document.createTextNode(' '));
          node.appendChild(link('/launches/index.html', 'Launches',
            'The appraisal years you launched, and how far their cases have started (opens in a new tab)',
            'staff-careers-launches'));
        }
      })
      .catch(() => {});
  }
};
