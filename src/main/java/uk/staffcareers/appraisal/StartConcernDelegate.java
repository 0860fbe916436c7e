package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.capability.PerformanceConcernProcess;

/**
 * Task_StartConcern: a concern raised in the appraisal starts its own confidential case, linked by the
 * appraisal's key. The application sends the start message (no user may), naming the appraiser as the raiser.
 */
@Component
class StartConcernDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution ex) {
        PerformanceConcernProcess.raiseFrom(ex, STAFF_ID.get(ex), CONCERN_DESCRIPTION.get(ex), Actor.of(ex).name());
        CONCERN_DESCRIPTION.remove(ex);
    }
}
