package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TellAppraisalEnded: the employee has left; the appraiser and the headteacher hear that the appraisal is closed. */
@Component
class TellAppraisalEndedDelegate implements JavaDelegate {

    private final Leavers leavers;

    TellAppraisalEndedDelegate(Leavers leavers) {
        this.leavers = leavers;
    }

    @Override
    public void execute(DelegateExecution ex) {
        leavers.tellEnded(appraisalId(ex), HEADTEACHER.get(ex), ex.getProcessBusinessKey());
    }
}
