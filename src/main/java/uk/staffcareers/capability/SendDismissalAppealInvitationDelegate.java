package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Arrays;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_SendAppealInvitation: a panel not involved before, the hearing with notice, the letter. */
@Component
class SendDismissalAppealInvitationDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    SendDismissalAppealInvitationDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String panel = APPEAL_PANEL.get(ex);
        var at = cases.arrangeAppeal(PerformanceConcernProcess.capabilityCaseId(ex), panel == null ? null
                : Arrays.stream(panel.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                PerformanceConcernProcess.meetingAt(ex), MEETING_PLACE.get(ex), Actor.of(ex).name());
        APPEAL_HEARING_AT.set(ex, PerformanceConcernProcess.at(at));
        MEETING.set(ex, CapabilityCases.Meeting.APPEAL.name());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(APPEAL_HEARING_AT, MEETING);
    }
}
