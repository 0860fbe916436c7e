package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordAppealChoice: an appeal within the window goes first to a review by the person who decided. */
@Component
class RecordAppealDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;
    private final PayAppeal payAppeal;

    RecordAppealDelegate(AnnualAssessment annual, PayAppeal payAppeal) {
        this.annual = annual;
        this.payAppeal = payAppeal;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean appealed = annual.appeal(appraisalId(ex), APPEAL_CHOICE.get(ex), APPEAL_GROUNDS.get(ex));
        APPEALED.set(ex, appealed);
        if (appealed) {
            PAY_REVIEW_DUE_AT.set(ex, endOf(payAppeal.reviewDue(appraisalId(ex))));
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(APPEALED, PAY_REVIEW_DUE_AT);
    }
}
