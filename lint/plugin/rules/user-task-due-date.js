const { is } = require('bpmnlint-utils');
const { attribute, properties } = require('./camunda');

/** The property platform/DefaultDueDateListener reads; only the value "true" counts. */
const OPEN_ENDED = 'openEnded';

/**
 * Every user task can be overdue, or says in the model that it may wait. A task states its own due date
 * (camunda:dueDate, an expression on a date the process works out from the trust's policy), or is due the
 * trust's defaultTaskWorkingDays after it opens (the engine gives it that date when the model names none),
 * or is marked openEnded = true and has none. What breaks that without a word at deployment:
 * a fixed date written into the diagram, an empty due date, openEnded spelt with a value the engine does not
 * read (the task then silently gets the default), and openEnded beside a due date (which one is meant?).
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const dueDate = attribute(node, 'dueDate');
    const openEnded = properties(node).filter(p => p.name === OPEN_ENDED);

    for (const property of openEnded) {
      if (property.value !== 'true') {
        reporter.report(node.id, `Property ${OPEN_ENDED} is "${property.value}"; only "true" marks a task that may wait ` +
          '(anything else gives it the trust\'s default due date)');
      }
    }
    const markedOpenEnded = openEnded.some(p => p.value === 'true');

    if (dueDate === undefined) {
      return;
    }
    if (!dueDate.trim()) {
      reporter.report(node.id, 'Due date is empty: give an expression on a date the process sets, or remove it for the trust\'s default');
    } else if (!/^\s*[$#]\{.+\}\s*$/.test(dueDate)) {
      reporter.report(node.id, `Due date "${dueDate}" is fixed in the diagram; use a date the process works out from the trust's ` +
        'policy (e.g. ${objectivesDueAt})');
    }
    if (markedOpenEnded) {
      reporter.report(node.id, `User task has a due date and is marked ${OPEN_ENDED}: keep one`);
    }
  }

  return { check };
};
