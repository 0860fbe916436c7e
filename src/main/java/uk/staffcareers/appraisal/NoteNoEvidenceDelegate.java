package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_NoteNoEvidence: the employee gave no evidence or aspirations before the annual meeting. */
@Component
class NoteNoEvidenceDelegate implements JavaDelegate {

    private final Unanswered unanswered;

    NoteNoEvidenceDelegate(Unanswered unanswered) {
        this.unanswered = unanswered;
    }

    @Override
    public void execute(DelegateExecution ex) {
        unanswered.record(appraisalId(ex), Unanswered.Step.EVIDENCE, dayOf(MEETING_AT.get(ex)), Actor.of(ex).name(),
                ex.getProcessBusinessKey());
    }
}
