package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordInterimComments: the employee's comments are kept with the interim review. */
@Component
class RecordInterimCommentsDelegate implements JavaDelegate {

    private final Appraisals appraisals;

    RecordInterimCommentsDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        appraisals.commentOnInterimReview(appraisalId(ex), INTERIM_EMPLOYEE_COMMENTS.get(ex));
    }
}
