package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;

/** Task_EscalateRegistration: not registered by the last day to register (preparation day 2); the school coordinator chases it. */
@Component
class EscalateRegistrationDelegate implements JavaDelegate {

    private final Notifications notifications;

    EscalateRegistrationDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        notifications.send(COORDINATOR.get(ex), "HLTA registration missing: " + STAFF_NAME.get(ex),
                STAFF_NAME.get(ex) + " has not registered for assessment and today is the last day to register ("
                        + REGISTRATION_DATES_TEXT.get(ex) + "): please make sure it is done today. If it is missed, you "
                        + "will be asked whether to re-open it with the provider's new dates.", REFERENCE.get(ex));
    }
}
