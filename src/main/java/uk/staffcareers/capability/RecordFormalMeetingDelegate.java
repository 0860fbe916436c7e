package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

/** Task_RecordMonitoring: targets and the monitoring period of the formal meeting. */
@Component
class RecordFormalMeetingDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    RecordFormalMeetingDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Object weeks = ex.getVariable("monitoringWeeks");
        var until = cases.recordMeeting(PerformanceConcernProcess.capabilityCaseId(ex), PerformanceConcernProcess.text(ex, "targets"),
                PerformanceConcernProcess.text(ex, "meetingNotes"), weeks == null ? null : ((Number) weeks).intValue(),
                Actor.of(ex).name());
        ex.setVariable(MONITORING_UNTIL, PerformanceConcernProcess.morningOf(until));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(MONITORING_UNTIL);
    }
}
