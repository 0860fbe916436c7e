package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_NoteNoAnswerToRevision: the employee did not answer the revised objectives by their last day; they stand. */
@Component
class NoteNoAnswerToRevisionDelegate implements JavaDelegate {

    private final Unanswered unanswered;

    NoteNoAnswerToRevisionDelegate(Unanswered unanswered) {
        this.unanswered = unanswered;
    }

    @Override
    public void execute(DelegateExecution ex) {
        unanswered.record(appraisalId(ex), Unanswered.Step.REVISED_OBJECTIVES, dayOf(AGREEMENT_DUE_AT.get(ex)), Actor.of(ex).name(),
                ex.getProcessBusinessKey());
    }
}
