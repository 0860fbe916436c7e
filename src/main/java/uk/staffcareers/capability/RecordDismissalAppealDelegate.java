package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_RecordAppeal: the employee's grounds of appeal against dismissal. */
@Component
class RecordDismissalAppealDelegate implements JavaDelegate {

    private final CapabilityCases cases;

    RecordDismissalAppealDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        cases.appeal(PerformanceConcernProcess.capabilityCaseId(ex), APPEAL_GROUNDS.get(ex),
                Actor.of(ex).name());
    }
}
