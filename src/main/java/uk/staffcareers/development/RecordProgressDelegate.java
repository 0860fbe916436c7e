package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_RecordProgress: the mentor's note; a new note starts afresh next time. */
@Component
class RecordProgressDelegate implements JavaDelegate {

    private final DevelopmentPlans plans;

    RecordProgressDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution ex) {
        plans.logProgress(DevelopmentPlanProcess.planId(ex), PROGRESS_NOTE.get(ex),
                DEVELOPMENT_FINISHED.get(ex), Actor.of(ex).name());
        PROGRESS_NOTE.remove(ex);
    }
}
