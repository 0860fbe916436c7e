package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.capability.PerformanceConcernProcess;

/** Task_StartConcern: a concern raised in the appraisal starts its own confidential case, linked by the appraisal's key. */
@Component
class StartConcernDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution ex) {
        ex.getProcessEngineServices().getRuntimeService().createMessageCorrelation(PerformanceConcernProcess.MESSAGE_RAISED)
                .setVariables(Map.of(PerformanceConcernProcess.Vars.STAFF_ID, ex.getVariable(STAFF_ID),
                        PerformanceConcernProcess.Vars.DESCRIPTION, text(ex, CONCERN_DESCRIPTION),
                        PerformanceConcernProcess.Vars.RAISED_BY, ex.getVariable(APPRAISER),
                        PerformanceConcernProcess.Vars.APPRAISAL_REF, ex.getProcessBusinessKey()))
                .correlateStartMessage();
        ex.removeVariable(CONCERN_DESCRIPTION);
    }
}
