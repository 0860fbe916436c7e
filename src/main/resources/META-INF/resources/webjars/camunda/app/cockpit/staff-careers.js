// Staff careers in Cockpit: the appraisal year of the schools the signed-in headteacher or central team oversees,
// read from the application's GET /api/overview/year with the Cockpit session (who sees which school is decided
// there, never here). Three plugins: a header link, the page at #/staff-careers and a summary on the dashboard.
// Everything from the server is written with textContent, never as HTML.

const API = '/api/overview/year';
const PATH = '/staff-careers';
const FINISHED_SHOWN = 200;

const TABLES = {
  progress: ['Appraisal year by school', [['schoolName', 'School'], ['cases', 'Cases'], ['objectivesOnTime', 'Objectives set by the deadline'],
    ['objectivesLate', 'Objectives set late'], ['objectivesNotYet', 'Objectives not yet set'], ['interimReviewsHeld', 'Interim reviews held'],
    ['assessmentsDone', 'Assessments done'], ['payDecisions', 'Pay decisions made'], ['appealsOpen', 'Appeals open'], ['left', 'Left during the year']]],
  concerns: ['Performance concerns and capability (confidential)', [['schoolName', 'School'], ['concernsOpen', 'Concerns open'],
    ['capabilityCasesOpen', 'Capability cases open']]],
  hlta: ['HLTA candidacies by step', [['schoolName', 'School'], ['step', 'Step'], ['count', 'Candidates']]],
  plans: ['Development plans by step', [['schoolName', 'School'], ['step', 'Step'], ['count', 'Plans']]],
  overdue: ['Overdue tasks', [['schoolName', 'School'], ['person', 'About'], ['task', 'Task'], ['assignee', 'With'], ['due', 'Was due'],
    ['workingDaysOverdue', 'Working days overdue']]],
  running: ['Running cases', [['schoolName', 'School'], ['person', 'About'], ['businessKey', 'Business key (as Cockpit lists it)'],
    ['process', 'Process'], ['started', 'Started']]],
  finished: ['Finished cases of earlier years', [['schoolName', 'School'], ['person', 'About'], ['kind', 'Case'], ['year', 'Year'],
    ['outcome', 'Outcome']]]
};

const BARS = [['objectivesOnTime', 'Objectives by the deadline', '#2e7d32'], ['objectivesLate', 'Objectives late', '#f9a825'],
  ['interimReviewsHeld', 'Interim reviews', '#1565c0'], ['assessmentsDone', 'Assessments', '#6a1b9a'], ['payDecisions', 'Pay decisions', '#37474f']];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function query(params) {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  const text = search.toString();
  return text ? API + '?' + text : API;
}

async function load(school) {
  const response = await fetch(query({school}), {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.message || 'The overview could not be read (' + response.status + ')');
    error.status = response.status;
    throw error;
  }
  return body;
}

function table(key, rows, school, year, note) {
  const [title, columns] = TABLES[key];
  const section = el('section', null, 'staff-careers-table');
  section.dataset.table = key;
  const heading = el('h3', title);
  const csv = el('a', 'CSV', 'staff-careers-csv');
  csv.href = query({school, year, format: 'csv', table: key});
  csv.title = 'Download this table for a spreadsheet';
  heading.append(' ', csv);
  section.appendChild(heading);
  if (note) {
    section.appendChild(el('p', note, 'staff-careers-note'));
  }
  if (!rows.length) {
    section.appendChild(el('p', 'None.', 'staff-careers-none'));
    return section;
  }
  const grid = el('table', null, 'table table-striped cam-table');
  const head = grid.createTHead().insertRow();
  columns.forEach(([, label]) => head.appendChild(el('th', label)));
  const body = grid.createTBody();
  rows.forEach(row => {
    const tr = body.insertRow();
    columns.forEach(([field]) => {
      const td = tr.insertCell();
      td.textContent = row[field] === null || row[field] === undefined ? '' : String(row[field]);
      td.dataset.field = field;
    });
  });
  section.appendChild(grid);
  return section;
}

// Horizontal bars per school: each measure as a share of the school's cases this year.
function chart(progress) {
  const ns = 'http://www.w3.org/2000/svg';
  const rowHeight = 14;
  const label = 190;
  const width = 420;
  const height = progress.length * (BARS.length * rowHeight + 24) + 30;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(label + width + 60));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Progress of the appraisal year by school');
  svg.classList.add('staff-careers-chart');
  let y = 0;
  const text = (x, yy, content, weight) => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(yy));
    t.setAttribute('font-size', '12');
    if (weight) {
      t.setAttribute('font-weight', weight);
    }
    t.textContent = content;
    svg.appendChild(t);
  };
  progress.forEach(school => {
    text(0, y + 14, school.schoolName + ' (' + school.cases + ' cases)', 'bold');
    y += 20;
    BARS.forEach(([field, name, colour]) => {
      const share = school.cases ? school[field] / school.cases : 0;
      text(10, y + 11, name);
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('x', String(label));
      bar.setAttribute('y', String(y + 2));
      bar.setAttribute('height', String(rowHeight - 4));
      bar.setAttribute('width', String(Math.round(share * width)));
      bar.setAttribute('fill', colour);
      svg.appendChild(bar);
      text(label + Math.round(share * width) + 6, y + 11, Math.round(share * 100) + '%');
      y += rowHeight;
    });
    y += 4;
  });
  return svg;
}

async function renderPage(node) {
  node.innerHTML = '';
  const page = el('div', null, 'staff-careers');
  node.appendChild(page);
  page.appendChild(el('h1', 'Staff careers'));
  const status = el('p', 'Loading…', 'staff-careers-status');
  page.appendChild(status);
  const content = el('div');
  page.appendChild(content);
  let schools = null;
  const show = async school => {
    status.textContent = 'Loading…';
    try {
      const o = await load(school);
      status.textContent = 'Appraisal year ' + o.year + ' (' + o.yearText + ')';
      content.innerHTML = '';
      if (!schools) {
        schools = o.progress.map(p => [p.school, p.schoolName]);
      }
      if (schools.length > 1) {
        const picker = el('select', null, 'form-control staff-careers-school');
        picker.appendChild(el('option', 'All schools'));
        picker.options[0].value = '';
        schools.forEach(([id, name]) => {
          const option = el('option', name);
          option.value = id;
          option.selected = id === school;
          picker.appendChild(option);
        });
        picker.addEventListener('change', () => show(picker.value));
        content.appendChild(picker);
      }
      const progress = o.trust ? o.progress.concat([o.trust]) : o.progress;
      content.appendChild(table('progress', progress, school, o.year));
      content.appendChild(chart(o.progress));
      if (o.concerns.length) {
        content.appendChild(table('concerns', o.concerns, school, o.year));
      }
      content.appendChild(table('hlta', o.hlta, school, o.year));
      content.appendChild(table('plans', o.plans, school, o.year));
      content.appendChild(table('overdue', o.overdue, school, o.year, (o.overdueCount > o.overdue.length
        ? 'The ' + o.overdue.length + ' longest overdue of ' + o.overdueCount + '. ' : '') + 'Days overdue are working days of the school calendar.'));
      content.appendChild(table('running', o.running, school, o.year, o.moreRunning
        ? 'The first ' + o.running.length + ' running cases by business key; there are more.' : null));
      content.appendChild(table('finished', o.finished, school, o.year, o.finished.length >= FINISHED_SHOWN
        ? 'The newest ' + o.finished.length + ' finished cases.' : null));
    } catch (e) {
      status.textContent = e.message;
    }
  };
  show('');
}

export default [
  {
    id: 'staff-careers-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {path: PATH},
    render: node => {
      const link = el('a', 'Staff careers');
      link.href = '#' + PATH;
      node.appendChild(link);
    }
  },
  {
    id: 'staff-careers-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: 'Staff careers'},
    render: node => {
      renderPage(node);
    }
  },
  {
    id: 'staff-careers-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    properties: {label: 'Staff careers'},
    render: async node => {
      const box = el('div', null, 'staff-careers-summary');
      node.appendChild(box);
      try {
        const o = await load('');
        const all = o.trust || o.progress[0];
        const line = all ? all.cases + ' appraisals in ' + o.year + ': objectives set for ' + (all.objectivesOnTime + all.objectivesLate)
          + ', ' + o.overdueCount + ' tasks overdue. ' : '';
        box.appendChild(el('span', line));
      } catch (e) {
        if (e.status === 403) {
          // Not a headteacher or the central team (an administrator, say): no summary and no link.
          box.remove();
          return;
        }
        box.appendChild(el('span', e.message + ' '));
      }
      const link = el('a', 'Open Staff careers');
      link.href = '#' + PATH;
      box.appendChild(link);
    }
  }
];
