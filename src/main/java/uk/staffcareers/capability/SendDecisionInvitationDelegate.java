package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_SendDecisionInvitation: the invitation to the decision meeting, with the policy's notice. */
@Component
class SendDecisionInvitationDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    SendDecisionInvitationDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var at = cases.inviteToDecision(PerformanceConcernProcess.capabilityCaseId(ex), PerformanceConcernProcess.meetingAt(ex),
                MEETING_PLACE.get(ex), Actor.of(ex).name());
        DECISION_MEETING_AT.set(ex, PerformanceConcernProcess.at(at));
        MEETING.set(ex, CapabilityCases.Meeting.DECISION.name());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(DECISION_MEETING_AT, MEETING);
    }
}
