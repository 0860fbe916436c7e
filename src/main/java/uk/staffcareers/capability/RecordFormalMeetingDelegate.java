package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordMonitoring: targets, support, companion and monitoring period; the first written warning sent. */
@Component
class RecordFormalMeetingDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    RecordFormalMeetingDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var until = cases.recordMeeting(PerformanceConcernProcess.capabilityCaseId(ex), new CapabilityCases.FormalMeeting(
                TARGETS.get(ex), SUPPORT.get(ex),
                MEETING_NOTES.get(ex), COMPANION.get(ex),
                MONITORING_WEEKS.get(ex)), Actor.of(ex).name());
        MONITORING_UNTIL.set(ex, PerformanceConcernProcess.morningOf(until));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(MONITORING_UNTIL);
    }
}
