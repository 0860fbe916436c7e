package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.AsApplication;
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
        var engine = ex.getProcessEngineServices();
        var message = engine.getRuntimeService().createMessageCorrelation(PerformanceConcernProcess.MESSAGE_RAISED)
                .setVariables(Map.of(PerformanceConcernProcess.Vars.STAFF_ID, ex.getVariable(STAFF_ID),
                        PerformanceConcernProcess.Vars.DESCRIPTION, text(ex, CONCERN_DESCRIPTION),
                        PerformanceConcernProcess.Vars.RAISED_BY, Actor.of(ex).name(),
                        PerformanceConcernProcess.Vars.APPRAISAL_REF, ex.getProcessBusinessKey()));
        AsApplication.run(engine.getIdentityService(), message::correlateStartMessage);
        ex.removeVariable(CONCERN_DESCRIPTION);
    }
}
