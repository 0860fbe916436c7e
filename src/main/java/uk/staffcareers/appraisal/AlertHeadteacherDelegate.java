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
        notifications.send((String) ex.getVariable(HEADTEACHER), "Objectives of " + ex.getVariable(STAFF_NAME) + " still not agreed",
                "The appraiser (" + ex.getVariable(APPRAISER) + ") was reminded at the deadline; the objectives are still not in place.",
                ex.getProcessBusinessKey());
    }
}
