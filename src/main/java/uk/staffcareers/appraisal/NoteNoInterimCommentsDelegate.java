package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_NoteNoInterimComments: the employee gave no comments on the interim review by their last day. */
@Component
class NoteNoInterimCommentsDelegate implements JavaDelegate {

    private final Unanswered unanswered;

    NoteNoInterimCommentsDelegate(Unanswered unanswered) {
        this.unanswered = unanswered;
    }

    @Override
    public void execute(DelegateExecution ex) {
        unanswered.record(appraisalId(ex), Unanswered.Step.INTERIM_COMMENTS, dayOf(INTERIM_COMMENTS_DUE_AT.get(ex)), Actor.of(ex).name(),
                ex.getProcessBusinessKey());
    }
}
