const { is } = require('bpmnlint-utils');
const SETTINGS = require('../policy-settings.json');

const NONE = /no policy setting/i;

/**
 * A timer's date comes from the trust's policy settings (GET /api/trusts/{id}/policy), or from a date a
 * person chose. Its documentation says which: it names the setting ("Policy setting commentsWorkingDays: ..."),
 * so an analyst, or a headteacher asking why a case moved on, can find what to change; or it says
 * "No policy setting: " and where the date comes from.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Event') || !(node.eventDefinitions || []).some(d => is(d, 'bpmn:TimerEventDefinition'))) {
      return;
    }
    const text = (node.documentation || []).map(d => d.text || '').join('\n');
    const named = SETTINGS.some(setting => new RegExp(`\\b${setting}\\b`).test(text));
    if (!named && !NONE.test(text)) {
      reporter.report(node.id, 'Timer\'s documentation names no policy setting it reads (e.g. "Policy setting ' +
        'commentsWorkingDays: ..."), nor says "No policy setting: " and where its date comes from');
    }
  }

  return { check };
};
