package uk.staffcareers.platform;

import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.ActivityBeforeInstantiationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.runtime.operation.PvmAtomicOperation;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A call activity as Camunda's, except while CaseMoves carries its case to another school: then the sub-case it runs
 * continues where it stood (at its steps, with its variables) instead of starting from the beginning, which would
 * run its first steps (recording a capability case, sending letters) a second time. Camunda's API starts a new instance
 * at chosen steps only for a top-level case; for a called one this does what StartProcessInstanceAtActivitiesCmd does,
 * under the new call activity: start it without executing anything, then start before each step.
 */
class MovableCallActivity extends CallActivityBehavior {

    MovableCallActivity(CallActivityBehavior camundas) {
        setCallableElement(camundas.getCallableElement());
    }

    @Override
    protected void startInstance(ActivityExecution execution, VariableMap variables, String businessKey) {
        ExecutionEntity caller = (ExecutionEntity) execution;
        MovingCases.Plan plan = MovingCases.takeCalled(caller.getProcessDefinitionId(), caller.getActivity().getId());
        if (plan == null) {
            super.startInstance(execution, variables, businessKey);
            return;
        }
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(plan.definitionId());
        ExecutionEntity sub = caller.createSubProcessInstance(definition, plan.businessKey(), null);
        // As ExecutionEntity.start does for a called instance; its startWithoutExecuting would make it a root of its own.
        sub.setRootProcessInstanceId(caller.getRootProcessInstanceId());
        sub.initialize();
        sub.fireHistoricProcessStartEvent();
        sub.setActivityInstanceId(sub.getId());
        sub.setVariables(plan.variables());
        sub.initializeTimerDeclarations();
        sub.performOperation(PvmAtomicOperation.FIRE_PROCESS_START);
        sub.setActivity(null);
        sub.setPreserveScope(true);
        for (MovingCases.Step step : plan.steps()) {
            ActivityBeforeInstantiationCmd start = new ActivityBeforeInstantiationCmd(sub.getId(), step.activityId());
            start.addVariablesLocal(step.locals());
            start.setSkipIoMappings(true);
            start.execute(Context.getCommandContext());
        }
        sub.setPreserveScope(false);
    }

    /** Puts it in place of Camunda's on every call activity that maps no variables through code (none of ours does). */
    static class Parsing extends AbstractBpmnParseListener {

        @Override
        public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            boolean mapsThroughCode = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "variableMappingClass") != null
                    || element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "variableMappingDelegateExpression") != null;
            if (!mapsThroughCode && activity.getActivityBehavior() instanceof CallActivityBehavior camundas
                    && camundas.getClass() == CallActivityBehavior.class) {
                activity.setActivityBehavior(new MovableCallActivity(camundas));
            }
        }
    }
}
