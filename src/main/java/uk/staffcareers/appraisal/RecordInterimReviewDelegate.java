package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordInterimReview: progress against each objective; the employee then comments; perhaps a revision, perhaps another review. */
@Component
class RecordInterimReviewDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordInterimReviewDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long id = appraisalId(ex);
        boolean changesNeeded = "YES".equals(CHANGES_NEEDED.get(ex));
        LocalDate nextReview = NEXT_REVIEW_ON.get(ex);
        appraisals.recordInterimReview(id, INTERIM_HELD_ON.get(ex),
                IntStream.rangeClosed(1, TrustPolicy.OBJECTIVE_SLOTS).mapToObj(slot -> progress(slot).get(ex)).toList(),
                changesNeeded, INTERIM_SUMMARY.get(ex), nextReview, dayOf(ANNUAL_OPENS_AT.get(ex)),
                Actor.of(ex).name());
        LocalDate commentsDue = appraisals.commentsDue(id);
        INTERIM_COMMENTS_DUE_AT.set(ex, endOf(commentsDue));
        INTERIM_COMMENTS_DUE_TEXT.set(ex, WorkingDays.spoken(commentsDue));
        INTERIM_CHANGES_NEEDED.set(ex, changesNeeded);
        // The appraiser revises after the employee has had their days to comment.
        REVISION_DUE_AT.set(ex, endOf(appraisals.workingDaysAfter(id, commentsDue, appraisals.commentsWorkingDays(id))));
        ANOTHER_INTERIM_REVIEW.set(ex, nextReview != null);
        // The next review's form starts with an empty date, not this one's.
        NEXT_REVIEW_ON.remove(ex);
        if (nextReview != null) {
            // The next review's task comes up as the policy reminds a reviewer, and is due on the day planned.
            LocalDate opens = appraisals.workingDaysBefore(id, nextReview, appraisals.reviewReminderWorkingDays(id));
            LocalDate today = appraisals.now().toLocalDate();
            NEXT_INTERIM_REVIEW_AT.set(ex, morningOf(opens.isAfter(today) ? opens : today));
            INTERIM_DUE_AT.set(ex, endOf(nextReview));
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(INTERIM_COMMENTS_DUE_AT, INTERIM_COMMENTS_DUE_TEXT, INTERIM_CHANGES_NEEDED, REVISION_DUE_AT,
                ANOTHER_INTERIM_REVIEW, NEXT_INTERIM_REVIEW_AT, INTERIM_DUE_AT);
    }
}
