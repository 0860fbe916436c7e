package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;

/** Task_RecordFormalReview: improvement, further monitoring (a new end date) or a decision meeting. */
@Component
class RecordFormalReviewDelegate implements JavaDelegate {

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
        Object weeks = ex.getVariable("furtherWeeks");
        var until = cases.review(PerformanceConcernProcess.capabilityCaseId(ex), outcome,
                weeks == null ? null : ((Number) weeks).intValue(), Actor.of(ex).name());
        if (until != null) {
            ex.setVariable(MONITORING_UNTIL, PerformanceConcernProcess.morningOf(until));
        }
    }
}
