// What the application's own pages share: reading the API with the Tasklist session, adding text (never HTML), and
// telling someone signed out how to sign in.
window.StaffCareersPage = (function () {
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

  function add(parent, tag, className, value) {
    const el = document.createElement(tag);
    if (className) {
      el.className = className;
    }
    if (value !== undefined) {
      el.textContent = value;
    }
    parent.appendChild(el);
    return el;
  }

  /** Says in the #who paragraph why the page is empty: signed out (with a link to sign in), or what went wrong. */
  function failed(error, whatFailed) {
    const who = document.getElementById('who');
    if (error.message === 'signed-out') {
      who.textContent = 'You are not signed in. ';
      add(who, 'a', null, 'Sign in to Tasklist').href = '/camunda/app/tasklist/default/';
      add(who, 'span', null, ', then come back to this page.');
    } else {
      who.textContent = whatFailed + ' (' + error.message + '). Please reload the page.';
    }
  }

  return { get: get, add: add, failed: failed };
})();
