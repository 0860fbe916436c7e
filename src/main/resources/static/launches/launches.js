// Follows the signed-in person's appraisal launches (the trust's, for the central team) from the application's API
// with the Tasklist session, refreshing every two seconds while any is still starting cases. Text is set as text.
(function () {
  const ukTime = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  const get = StaffCareersPage.get;
  const add = StaffCareersPage.add;

  function names(parent, title, entries) {
    if (entries.length === 0) {
      return;
    }
    const details = add(parent, 'details');
    add(details, 'summary', null, title + ' (' + entries.length + ')');
    const list = add(details, 'ul');
    entries.forEach(function (entry) { add(list, 'li', null, entry); });
  }

  function show(launch, list) {
    const li = add(list, 'li', 'launch');
    li.dataset.launch = launch.id;
    add(li, 'h2', null, 'Appraisal year ' + launch.period + ' for ' + launch.forWhom);
    add(li, 'p', 'when', 'Launched by ' + launch.launchedBy + ' on ' + ukTime.format(new Date(launch.launchedAt)));
    const done = launch.started + launch.alreadyStarted + launch.leftOut.length + launch.failed.length;
    const bar = add(li, 'progress');
    bar.max = Math.max(1, launch.total);
    bar.value = done;
    const status = launch.status === 'FINISHED' ? 'Finished' : 'Starting cases: ' + launch.waiting + ' still to start';
    add(li, 'p', 'status-' + launch.status, status);
    add(li, 'p', 'figures', launch.started + ' case(s) started, ' + launch.alreadyStarted + ' already existed, '
      + launch.leftOut.length + ' left out, ' + launch.failed.length + ' could not start, of ' + launch.total + ' in scope.');
    names(li, 'Could not start', launch.failed);
    names(li, 'Left out', launch.leftOut);
  }

  function refresh() {
    get('/api/appraisals/launches').then(function (launches) {
      const list = document.getElementById('launches');
      list.textContent = '';
      if (launches.length === 0) {
        add(list, 'li', 'empty', 'No appraisal year has been launched by you yet. Launch one from Tasklist: Start process → Launch the appraisal year.');
      }
      launches.forEach(function (launch) { show(launch, list); });
      if (launches.some(function (launch) { return launch.status === 'RUNNING'; })) {
        setTimeout(refresh, 2000);
      }
    }).catch(failed);
  }

  function failed(error) {
    StaffCareersPage.failed(error, 'The launches could not be read just now');
    document.getElementById('launches').textContent = '';
  }

  get('/api/staff/me').then(function (me) {
    document.getElementById('who').textContent = 'Signed in as ' + me.firstName + ' ' + me.lastName + '.';
    refresh();
  }).catch(failed);
})();
