package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseVariables;

/** Task_RecordProgress: the mentor's note; a new note starts afresh next time. */
@Component
class RecordProgressDelegate implements JavaDelegate {

    private final DevelopmentPlans plans;

    RecordProgressDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution ex) {
        plans.logProgress(DevelopmentPlanProcess.planId(ex), (String) ex.getVariable(PROGRESS_NOTE),
                CaseVariables.flag(ex, DEVELOPMENT_FINISHED), Actor.of(ex).name());
        ex.removeVariable(PROGRESS_NOTE);
    }
}
