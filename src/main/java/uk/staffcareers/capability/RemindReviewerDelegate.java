package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.WorkingDays;

/** Task_RemindReviewer: the reviewer is told the progress review is coming. */
@Component
class RemindReviewerDelegate implements JavaDelegate {

    private final Notifications notifications;

    RemindReviewerDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String on = WorkingDays.spoken((REVIEW_AT.get(ex)).toInstant().atZone(SchoolTime.ZONE).toLocalDate());
        notifications.send(REVIEWER.get(ex), "Progress review of " + STAFF_NAME.get(ex) + " on " + on,
                "The review of the support agreed at the informal meeting is due on " + on
                        + ". Look at the evidence of improvement before then.", ex.getProcessBusinessKey());
    }
}
