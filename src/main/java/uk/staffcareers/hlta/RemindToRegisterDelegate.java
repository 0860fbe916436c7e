package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;

/** Task_RemindToRegister: on the first preparation day, the candidate is reminded to register before day 2. */
@Component
class RemindToRegisterDelegate implements JavaDelegate {

    private final Notifications notifications;

    RemindToRegisterDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        notifications.send(CANDIDATE.get(ex), "Register for your HLTA assessment",
                "Preparation has started: register for assessment with the regional provider before preparation day 2, "
                        + "then record it in your task 'Register for assessment'.", REFERENCE.get(ex));
    }
}
