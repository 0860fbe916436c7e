package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_IssueFinalWarning: the final written warning and the second monitoring period. */
@Component
class IssueFinalWarningDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    IssueFinalWarningDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var until = cases.issueFinalWarning(PerformanceConcernProcess.capabilityCaseId(ex),
                FINAL_WARNING_WEEKS.get(ex), Actor.of(ex).name());
        MONITORING_UNTIL.set(ex, PerformanceConcernProcess.morningOf(until));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(MONITORING_UNTIL);
    }
}
