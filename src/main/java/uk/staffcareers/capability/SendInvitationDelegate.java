package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_SendInvitation: the invitation letter, once the notice is long enough; the meeting day set. */
@Component
class SendInvitationDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    SendInvitationDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var meetingAt = cases.invite(PerformanceConcernProcess.capabilityCaseId(ex), PerformanceConcernProcess.meetingAt(ex),
                MEETING_PLACE.get(ex), Actor.of(ex).name());
        MEETING_AT.set(ex, PerformanceConcernProcess.at(meetingAt));
        MEETING.set(ex, CapabilityCases.Meeting.FORMAL.name());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(MEETING_AT, MEETING);
    }
}
