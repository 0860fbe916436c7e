package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_RecordAppealOutcome: the appeal panel's decision, told to the employee. */
@Component
class RecordAppealOutcomeDelegate implements JavaDelegate {

    private final AnnualAssessment annual;

    RecordAppealOutcomeDelegate(AnnualAssessment annual) {
        this.annual = annual;
    }

    @Override
    public void execute(DelegateExecution ex) {
        annual.recordAppealOutcome(appraisalId(ex), text(ex, "appealOutcome"), text(ex, "appealPanel"), text(ex, "appealNotes"),
                Actor.of(ex).name(), ex.getProcessBusinessKey());
    }
}
