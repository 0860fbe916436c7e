const core = require('bpmnlint/rules/superfluous-termination');

/**
 * bpmnlint's superfluous-termination, except for the terminate end events the configuration lists by process
 * with the reason it is needed: { "<process id>": { "<end event id>": "<reason>" } }. bpmnlint has no
 * element-level switch; a listed event without a reason is still reported.
 */
module.exports = function(config) {
  const allowed = config || {};
  const rule = core();

  function check(node, reporter) {
    const processId = processOf(node);
    const reasons = allowed[processId] || {};
    rule.check(node, {
      report(id, message, path) {
        const reason = reasons[id];
        if (typeof reason !== 'string' || !reason.trim()) {
          reporter.report(id, message, path);
        }
      }
    });
  }

  return { check };
};

function processOf(node) {
  let element = node;
  while (element && element.$type !== 'bpmn:Process') {
    element = element.$parent;
  }
  return element && element.id;
}
