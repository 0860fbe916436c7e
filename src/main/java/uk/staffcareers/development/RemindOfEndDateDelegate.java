package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.WorkingDays;

/** Task_RemindOfEndDate: the mentor and the planner are told the development is about to end. */
@Component
class RemindOfEndDateDelegate implements JavaDelegate {

    private final Notifications notifications;

    RemindOfEndDateDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String endsOn = WorkingDays.spoken((ENDS_ON.get(ex)).toInstant().atZone(SchoolTime.ZONE).toLocalDate());
        String subject = "The development of " + STAFF_NAME.get(ex) + " ends on " + endsOn;
        String body = "Log any last progress, then evaluate the development with " + STAFF_NAME.get(ex)
                + ": its impact on the school, the pupils and their own practice, and how the learning was shared.";
        for (String recipient : new LinkedHashSet<>(List.of(
                MENTOR.get(ex), PLANNER.get(ex)))) {
            notifications.send(recipient, subject, body, ex.getProcessBusinessKey());
        }
    }
}
