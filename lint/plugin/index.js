/**
 * Staff careers' own lint rules for processes/*.bpmn, used from ../.bpmnlintrc as "staffcareers/<rule>".
 * The conformance check at deployment (platform/ModelConformance) refuses what the engine must not run;
 * these rules are about what an analyst reads and a school lives with: deadlines and the policy behind them.
 */
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-due-date': 'error',
        'timer-names-policy-setting': 'error'
      }
    }
  },
  rules: {
    'user-task-due-date': './rules/user-task-due-date',
    'timer-names-policy-setting': './rules/timer-names-policy-setting',
    'superfluous-termination': './rules/superfluous-termination'
  }
};
