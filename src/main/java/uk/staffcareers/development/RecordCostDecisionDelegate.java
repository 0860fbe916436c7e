package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_RecordCostDecision: the headteacher's decision on costs above the trust's threshold. */
@Component
class RecordCostDecisionDelegate implements JavaDelegate {

    private final DevelopmentPlans plans;

    RecordCostDecisionDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution ex) {
        plans.decideCosts(DevelopmentPlanProcess.planId(ex), "approved".equals(COST_DECISION.get(ex)),
                COST_NOTE.get(ex), Actor.of(ex).name());
    }
}
