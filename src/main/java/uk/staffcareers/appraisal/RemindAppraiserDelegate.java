package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;

/** Task_RemindAppraiser: the objectives deadline has passed without agreed objectives. */
@Component
class RemindAppraiserDelegate implements JavaDelegate {

    private final Notifications notifications;

    RemindAppraiserDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Object appraiser = APPRAISER.get(ex);
        notifications.send(appraiser == null ? HEADTEACHER.get(ex) : appraiser.toString(),
                "Objectives of " + STAFF_NAME.get(ex) + " are overdue",
                "The policy's deadline has passed and the objectives are not yet agreed. Please settle them now.",
                ex.getProcessBusinessKey());
    }
}
