package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

/** Task_RecordFormalReview: improvement, further monitoring (a new end date) or not improved. */
@Component
class RecordFormalReviewDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    RecordFormalReviewDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        CapabilityCases.Outcome outcome;
        try {
            outcome = CapabilityCases.Outcome.valueOf(String.valueOf(ex.getVariable(FORMAL_OUTCOME)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Record the outcome of the formal review");
        }
        var reviewed = cases.review(PerformanceConcernProcess.capabilityCaseId(ex), outcome,
                PerformanceConcernProcess.number(ex, "furtherWeeks"), Actor.of(ex).name());
        if (reviewed.monitoringUntil() != null) {
            ex.setVariable(MONITORING_UNTIL, PerformanceConcernProcess.morningOf(reviewed.monitoringUntil()));
        }
        ex.setVariable(FINAL_WARNING_GIVEN, reviewed.finalWarningGiven());
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(MONITORING_UNTIL, FINAL_WARNING_GIVEN);
    }
}
