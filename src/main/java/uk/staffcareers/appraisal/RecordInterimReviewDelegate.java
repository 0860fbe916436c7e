package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.TrustPolicy;

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
                IntStream.rangeClosed(1, TrustPolicy.OBJECTIVE_SLOTS).mapToObj(slot -> text(ex, "progress" + slot)).toList(),
                "YES".equals(text(ex, "changesNeeded")), text(ex, "interimSummary"), Actor.of(ex).name());
        ex.setVariable(INTERIM_COMMENTS_DUE_AT, endOf(appraisals.commentsDue(appraisalId(ex))));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(INTERIM_COMMENTS_DUE_AT);
    }
}
