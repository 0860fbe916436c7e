package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;

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
        payAppeal.recordHearing(appraisalId(ex), text(ex, "appealCompanion"), text(ex, "appealCompanionName"), text(ex, "appealOutcome"),
                text(ex, "appealNotes"), Actor.of(ex).name(), ex.getProcessBusinessKey());
    }
}
