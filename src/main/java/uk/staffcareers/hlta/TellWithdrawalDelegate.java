package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;

/** Task_TellWithdrawal: the withdrawal is on the record; the candidate, the headteacher and the coordinator are told who and why. */
@Component
class TellWithdrawalDelegate implements JavaDelegate {

    private final Candidacies candidacies;
    private final Notifications notifications;

    TellWithdrawalDelegate(Candidacies candidacies, Notifications notifications) {
        this.candidacies = candidacies;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String body = "The HLTA candidacy of " + STAFF_NAME.get(ex) + " is withdrawn; its open tasks are closed. Withdrawn by "
                + candidacies.closedText(candidacyId(ex)) + ". A new candidacy may start later.";
        for (String person : new LinkedHashSet<>(List.of(CANDIDATE.get(ex), HEADTEACHER.get(ex), COORDINATOR.get(ex)))) {
            notifications.send(person, "HLTA candidacy withdrawn: " + STAFF_NAME.get(ex), body, REFERENCE.get(ex));
        }
    }
}
