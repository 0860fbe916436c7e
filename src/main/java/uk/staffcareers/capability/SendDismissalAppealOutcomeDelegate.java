package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;

/** Task_SendAppealOutcome: the panel's outcome recorded and the final letter sent. */
@Component
class SendDismissalAppealOutcomeDelegate implements JavaDelegate {

    private final CapabilityCases cases;

    SendDismissalAppealOutcomeDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        CapabilityCases.AppealOutcome outcome;
        try {
            outcome = CapabilityCases.AppealOutcome.valueOf(String.valueOf(APPEAL_OUTCOME.get(ex)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Record whether the appeal is upheld");
        }
        cases.recordAppealOutcome(PerformanceConcernProcess.capabilityCaseId(ex), outcome,
                APPEAL_REASONS.get(ex), Actor.of(ex).name());
    }
}
