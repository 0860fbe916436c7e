package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_RecordReview: the reviewer's judgement of progress; an extension sets the next review. */
@Component
class RecordReviewDelegate implements JavaDelegate, SetsVariables {

    private final Concerns concerns;
    private final PolicySettings policy;
    private final SchoolCalendars calendars;

    RecordReviewDelegate(Concerns concerns, PolicySettings policy, SchoolCalendars calendars) {
        this.concerns = concerns;
        this.policy = policy;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Concerns.Outcome outcome;
        try {
            outcome = Concerns.Outcome.valueOf(String.valueOf(REVIEW_OUTCOME.get(ex)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Say whether there has been enough improvement");
        }
        var newReview = NEW_REVIEW_DATE.get(ex);
        concerns.review(PerformanceConcernProcess.concernId(ex), outcome, REMAINING_ISSUES.get(ex),
                newReview, Actor.of(ex).name());
        if (outcome == Concerns.Outcome.EXTENDED) {
            String staffId = STAFF_ID.get(ex);
            PerformanceConcernProcess.scheduleReview(ex, newReview, calendars.forStaff(staffId),
                    policy.forStaff(staffId).reviewReminderWorkingDays());
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(REVIEW_AT, REMINDER_AT);
    }
}
