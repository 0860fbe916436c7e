package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Arrays;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

/** Task_RecordInterimReview: progress against each objective; the employee then comments. */
@Component
class RecordInterimReviewDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordInterimReviewDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        appraisals.recordInterimReview(appraisalId(ex), date(ex, "interimHeldOn"),
                Arrays.asList(text(ex, "progress1"), text(ex, "progress2"), text(ex, "progress3")),
                "YES".equals(text(ex, "changesNeeded")), text(ex, "interimSummary"), Actor.of(ex).name());
        ex.setVariable(INTERIM_COMMENTS_DUE_AT, endOf(appraisals.workingDaysFromToday(appraisalId(ex), 5)));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(INTERIM_COMMENTS_DUE_AT);
    }
}
