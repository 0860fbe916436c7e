package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;

/** Task_EscalateToLocalAuthority: no visit booked as the window draws to a close; the LA contact and the school are told. */
@Component
class EscalateToLocalAuthorityDelegate implements JavaDelegate {

    private final Candidacies candidacies;
    private final Notifications notifications;

    EscalateToLocalAuthorityDelegate(Candidacies candidacies, Notifications notifications) {
        this.candidacies = candidacies;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String body = "No assessment visit is booked yet for " + STAFF_NAME.get(ex) + " (" + SCHOOL_NAME.get(ex)
                + "). The visit must take place " + WINDOW_TEXT.get(ex) + ". Please help the school and the regional provider "
                + "find a date.";
        for (String recipient : List.of(candidacies.laContactEmail(candidacyId(ex)), COORDINATOR.get(ex), HEADTEACHER.get(ex))) {
            notifications.send(recipient, "HLTA visit not booked: " + STAFF_NAME.get(ex), body, REFERENCE.get(ex));
        }
    }
}
