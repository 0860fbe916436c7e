package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordDecision: improved, or dismissal with notice; the outcome letter; the appeal deadline. */
@Component
class RecordDecisionDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    RecordDecisionDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        CapabilityCases.Decision decision;
        try {
            decision = CapabilityCases.Decision.valueOf(String.valueOf(DECISION.get(ex)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Record the decision: improved, or dismissal with notice");
        }
        var appealBy = cases.recordDecision(PerformanceConcernProcess.capabilityCaseId(ex), new CapabilityCases.DecisionMeeting(
                decision, DECISION_REASONS.get(ex), DECISION_COMPANION.get(ex),
                NOTICE_WEEKS.get(ex)), Actor.of(ex).name());
        if (appealBy != null) {
            // The whole last day counts: the window closes the next morning.
            APPEAL_BY.set(ex, PerformanceConcernProcess.morningOf(appealBy.plusDays(1)));
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(APPEAL_BY);
    }
}
