package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_RecordAppealOutcome: the hearing panel's decision, with who accompanied the employee, sent in writing. */
@Component
class RecordAppealOutcomeDelegate implements JavaDelegate {

    private final PayAppeal payAppeal;

    RecordAppealOutcomeDelegate(PayAppeal payAppeal) {
        this.payAppeal = payAppeal;
    }

    @Override
    public void execute(DelegateExecution ex) {
        payAppeal.recordHearing(appraisalId(ex), APPEAL_COMPANION.get(ex), APPEAL_COMPANION_NAME.get(ex), APPEAL_OUTCOME.get(ex),
                APPEAL_NOTES.get(ex), Actor.of(ex).name(), ex.getProcessBusinessKey());
    }
}
