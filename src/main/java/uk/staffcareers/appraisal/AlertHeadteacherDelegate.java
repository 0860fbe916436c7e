package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;

/** Task_AlertHeadteacher: objectives still not agreed well after the deadline. */
@Component
class AlertHeadteacherDelegate implements JavaDelegate {

    private final Notifications notifications;

    AlertHeadteacherDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        notifications.send(HEADTEACHER.get(ex), "Objectives of " + STAFF_NAME.get(ex) + " still not agreed",
                "The appraiser (" + APPRAISER.get(ex) + ") was reminded at the deadline; the objectives are still not in place.",
                ex.getProcessBusinessKey());
    }
}
