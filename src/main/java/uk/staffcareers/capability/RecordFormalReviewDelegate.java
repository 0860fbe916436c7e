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
            outcome = CapabilityCases.Outcome.valueOf(String.valueOf(FORMAL_OUTCOME.get(ex)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Record the outcome of the formal review");
        }
        var reviewed = cases.review(PerformanceConcernProcess.capabilityCaseId(ex), outcome,
                FURTHER_WEEKS.get(ex), Actor.of(ex).name());
        if (reviewed.monitoringUntil() != null) {
            MONITORING_UNTIL.set(ex, PerformanceConcernProcess.morningOf(reviewed.monitoringUntil()));
        }
        FINAL_WARNING_GIVEN.set(ex, reviewed.finalWarningGiven());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(MONITORING_UNTIL, FINAL_WARNING_GIVEN);
    }
}
