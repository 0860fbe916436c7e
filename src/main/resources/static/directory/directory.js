// The upload page: previews the MIS's CSV files, shows the counts, every error (line, column, reason) and what would
// change, and applies the preview. It calls the application's API with the Tasklist session; its POSTs carry the
// session's CSRF token (X-XSRF-TOKEN), without which the API refuses them. Text is set as text, never as HTML.
(function () {
  let token = null;
  let previewId = null;

  function call(method, path, body) {
    const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method !== 'GET') {
      headers['X-XSRF-TOKEN'] = token;
    }
    if (body && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    return fetch(path, { method: method, body: body, credentials: 'same-origin', headers: headers }).then(function (response) {
      if (response.status === 401) {
        throw new Error('signed-out');
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, body: json };
      });
    });
  }

  function cell(row, value) {
    const td = document.createElement('td');
    td.textContent = value === null || value === undefined ? '' : String(value);
    row.appendChild(td);
  }

  function fillTable(id, entries, columns) {
    const body = document.querySelector('#' + id + ' tbody');
    body.textContent = '';
    entries.forEach(function (entry) {
      const tr = document.createElement('tr');
      columns(entry).forEach(function (value) { cell(tr, value); });
      body.appendChild(tr);
    });
    document.getElementById(id + '-block').hidden = entries.length === 0;
  }

  function show(report) {
    document.getElementById('preview').hidden = false;
    document.getElementById('message').textContent = report.message || '';
    const counts = report.counts || {};
    ['new', 'changed', 'leaving', 'unchanged'].forEach(function (kind) {
      document.getElementById('count-' + kind).textContent = counts[kind] === undefined ? '–' : counts[kind];
    });
    const schools = report.schools || {};
    document.getElementById('count-schools').textContent = (schools['new'] || 0) + ' / ' + (schools.changed || 0);
    fillTable('errors', report.errors || [], function (e) { return [e.file, e.line, e.column, e.reason]; });
    fillTable('rows', report.rows || [], function (r) { return [r.line, r.staffNumber, r.name, r.change, (r.fields || []).join(', ')]; });
    previewId = report.applied ? null : report.id;
    document.getElementById('apply').hidden = !previewId;
  }

  function refused(answer) {
    show({ message: answer.body.message || ('The request was refused (HTTP ' + answer.status + ').') });
  }

  document.getElementById('upload').addEventListener('submit', function (event) {
    event.preventDefault();
    const form = new FormData();
    ['staff', 'qualifications', 'schools'].forEach(function (name) {
      const input = event.target.elements[name];
      if (input.files.length) {
        form.append(name, input.files[0]);
      }
    });
    document.getElementById('message').textContent = 'Reading the files…';
    call('POST', '/api/directory/imports', form).then(function (answer) {
      return answer.body.counts ? show(answer.body) : refused(answer);
    }).catch(failed);
  });

  document.getElementById('apply').addEventListener('click', function () {
    call('POST', '/api/directory/imports/' + encodeURIComponent(previewId) + '/apply').then(function (answer) {
      return answer.body.counts ? show(answer.body) : refused(answer);
    }).catch(failed);
  });

  function said(answer, done) {
    const result = document.getElementById('single-result');
    result.textContent = answer.status < 300 ? done + ': ' + answer.body.name + ' (' + answer.body.change + ')' : answer.body.message;
  }

  document.getElementById('single').addEventListener('submit', function (event) {
    event.preventDefault();
    const fields = {};
    Array.prototype.forEach.call(event.target.elements, function (input) {
      if (input.name && input.name !== 'action' && input.value.trim() !== '') {
        fields[input.name] = input.value.trim();
      }
    });
    const adding = event.submitter && event.submitter.value === 'add';
    const path = '/api/directory/staff' + (adding ? '' : '/' + encodeURIComponent(fields.staffNumber));
    if (!adding) {
      delete fields.staffNumber;
    }
    call(adding ? 'POST' : 'PUT', path, fields).then(function (answer) { said(answer, adding ? 'Added' : 'Saved'); }).catch(failed);
  });

  document.getElementById('end').addEventListener('submit', function (event) {
    event.preventDefault();
    const staffNumber = event.target.elements.staffNumber.value.trim();
    call('POST', '/api/directory/staff/' + encodeURIComponent(staffNumber) + '/end-employment', { date: event.target.elements.date.value.trim() })
      .then(function (answer) { said(answer, 'Employment ends'); }).catch(failed);
  });

  function failed(error) {
    const who = document.getElementById('who');
    if (error.message === 'signed-out') {
      who.textContent = 'You are not signed in. ';
      const link = document.createElement('a');
      link.href = '/camunda/app/tasklist/default/';
      link.textContent = 'Sign in to Tasklist';
      who.appendChild(link);
      who.appendChild(document.createTextNode(', then come back to this page.'));
    } else {
      who.textContent = 'The application could not be reached just now (' + error.message + '). Please try again.';
    }
  }

  call('GET', '/api/staff/me').then(function (me) {
    if (me.status === 401) {
      throw new Error('signed-out');
    }
    document.getElementById('who').textContent = me.status === 200 ? 'Signed in as ' + me.body.firstName + ' ' + me.body.lastName + '.'
      : 'Signed in (not a member of staff: the administrator).';
    return call('GET', '/api/session/csrf-token');
  }).then(function (answer) {
    if (answer.status !== 200) {
      throw new Error('signed-out');
    }
    token = answer.body.token;
  }).catch(failed);
})();
