package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.PolicySettings;

/** Task_RecordReview: the reviewer's judgement of progress; an extension sets the next review. */
@Component
class RecordReviewDelegate implements JavaDelegate {

    private final Concerns concerns;
    private final PolicySettings policy;

    RecordReviewDelegate(Concerns concerns, PolicySettings policy) {
        this.concerns = concerns;
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Concerns.Outcome outcome;
        try {
            outcome = Concerns.Outcome.valueOf(String.valueOf(ex.getVariable(REVIEW_OUTCOME)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Say whether there has been enough improvement");
        }
        var newReview = PerformanceConcernProcess.date(ex, "newReviewDate");
        concerns.review(PerformanceConcernProcess.concernId(ex), outcome, PerformanceConcernProcess.text(ex, "remainingIssues"),
                newReview, Actor.of(ex).name());
        if (outcome == Concerns.Outcome.EXTENDED) {
            RecordInformalMeetingDelegate.scheduleReview(ex, newReview,
                    policy.forStaff(PerformanceConcernProcess.text(ex, STAFF_ID)).reviewReminderWorkingDays());
        }
    }
}
