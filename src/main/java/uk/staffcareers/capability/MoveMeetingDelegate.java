package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_MoveMeeting: the employee's one request to move a capability meeting; the new time and its letter. */
@Component
class MoveMeetingDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    MoveMeetingDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var at = cases.moveMeeting(PerformanceConcernProcess.capabilityCaseId(ex),
                CapabilityCases.Meeting.valueOf(MEETING.get(ex)), PerformanceConcernProcess.meetingAt(ex),
                MOVE_REASON.get(ex), Actor.of(ex).name());
        MEETING_AT.set(ex, PerformanceConcernProcess.at(at));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(MEETING_AT);
    }
}
