package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordDecision: step 3, the development chosen, with a reason where it differs from the advice. */
@Component
class RecordDevelopmentDecisionDelegate implements JavaDelegate, SetsVariables {

    private final DevelopmentPlans plans;

    RecordDevelopmentDecisionDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean mentorRequired = plans.decide(DevelopmentPlanProcess.planId(ex),
                new DevelopmentPlans.Decision(DevelopmentPlanProcess.choice(Route.class, CHOSEN_ROUTE.get(ex)),
                        DevelopmentPlanProcess.choice(QualificationType.class, CHOSEN_TYPE.get(ex)), ACTIVITY.get(ex),
                        QUALIFICATION_LEVEL.get(ex), CHOICE_REASON.get(ex)),
                Actor.of(ex).name());
        MENTOR_REQUIRED.set(ex, mentorRequired);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(MENTOR_REQUIRED);
    }
}
