// Reads the signed-in person's documents and notifications from the application's API with the session
// of Tasklist (no second login). Text is set as text, never as HTML.
(function () {
  const ukDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } }).then(function (response) {
      if (response.status === 401) {
        throw new Error('signed-out');
      }
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function item(list, build) {
    const li = document.createElement('li');
    build(li);
    list.appendChild(li);
  }

  function text(parent, tag, className, value) {
    const el = document.createElement(tag);
    if (className) {
      el.className = className;
    }
    el.textContent = value;
    parent.appendChild(el);
    return el;
  }

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
    const who = document.getElementById('who');
    if (error.message === 'signed-out') {
      who.textContent = 'You are not signed in. ';
      const link = text(who, 'a', null, 'Sign in to Tasklist');
      link.href = '/camunda/app/tasklist/default/';
      text(who, 'span', null, ', then come back to this page.');
    } else {
      who.textContent = 'Your documents could not be read just now (' + error.message + '). Please try again.';
    }
    ['documents', 'notifications'].forEach(function (id) { document.getElementById(id).textContent = ''; });
  });
})();
