// The project's lint rules on the shipped diagrams (no finding) and on broken copies (each rule finds its case).
// Run from lint/: npm test (node's test runner).
const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { BpmnModdle } = require('bpmn-moddle');
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const LINT = path.resolve(__dirname, '../..');
const PROCESSES = path.resolve(LINT, '../processes');
const config = JSON.parse(fs.readFileSync(path.join(LINT, '.bpmnlintrc'), 'utf8'));

function diagram(name) {
  return fs.readFileSync(path.join(PROCESSES, name), 'utf8');
}

/** Every finding as "rule element: message". */
async function lint(xml) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  assert.deepStrictEqual(warnings.map(w => w.message), []);
  // A new linter each time: some core rules keep what they saw between diagrams, as the command line lints each file afresh.
  const reports = await new Linter({ config, resolver: new NodeResolver({ require }) }).lint(rootElement);
  return Object.entries(reports).flatMap(([rule, found]) => found.map(r => `${rule} ${r.id}: ${r.message}`));
}

function changed(xml, from, to) {
  assert.ok(xml.includes(from), `the diagram contains ${from}`);
  return xml.replace(from, to);
}

test('the shipped diagrams have no finding', async () => {
  for (const name of fs.readdirSync(PROCESSES).filter(f => f.endsWith('.bpmn'))) {
    assert.deepStrictEqual(await lint(diagram(name)), [], name);
  }
});

test('a timer whose documentation names no policy setting is an error', async () => {
  const xml = changed(diagram('appraisal-cycle.bpmn'),
    /<bpmn:documentation>Policy setting commentsWorkingDays: the employee comments on the written report[^<]*<\/bpmn:documentation>/.exec(diagram('appraisal-cycle.bpmn'))[0],
    '<bpmn:documentation>Comments are due after a while.</bpmn:documentation>');
  const found = await lint(xml);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^staffcareers\/timer-names-policy-setting Event_NoReportComments: Timer's documentation names no policy setting/);
});

test('an openEnded property the engine does not read, a fixed due date and both together are errors', async () => {
  let xml = changed(diagram('hlta-journey.bpmn'), '<camunda:property name="openEnded" value="true"', '<camunda:property name="openEnded" value="yes"');
  xml = changed(xml, 'camunda:dueDate="${registrationClosesAt}"', 'camunda:dueDate="2027-03-31T17:00:00"');
  xml = changed(xml, 'id="Task_ReturnWhenReady"', 'id="Task_ReturnWhenReady" camunda:dueDate="${registrationClosesAt}"');
  const found = (await lint(xml)).filter(f => f.startsWith('staffcareers/user-task-due-date'));
  assert.deepStrictEqual(found.map(f => f.split(':')[0]).sort(), [
    'staffcareers/user-task-due-date Task_RegisterForAssessment',
    'staffcareers/user-task-due-date Task_ReturnWhenReady',
    'staffcareers/user-task-due-date Task_SelfReview'
  ]);
  assert.match(found.join('\n'), /Task_SelfReview: Property openEnded is "yes"; only "true" marks a task that may wait/);
  assert.match(found.join('\n'), /Task_ReturnWhenReady: User task has a due date and is marked openEnded: keep one/);
  assert.match(found.join('\n'), /Task_RegisterForAssessment: Due date "2027-03-31T17:00:00" is fixed in the diagram/);
});

test('superfluous termination is allowed only where the configuration gives the reason', async () => {
  const elsewhere = diagram('appraisal-cycle.bpmn').replaceAll('"appraisal-cycle"', '"appraisal-cycle-copy"');
  assert.deepStrictEqual(await lint(elsewhere), [
    'staffcareers/superfluous-termination EndEvent_YearEnded: Termination is superfluous.'
  ]);
});
