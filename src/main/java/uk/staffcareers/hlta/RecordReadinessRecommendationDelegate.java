package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;

/** Task_RecordReadinessRecommendation: the readiness table's recommendation kept, for the headteacher's form. */
@Component
class RecordReadinessRecommendationDelegate implements JavaDelegate, SetsVariables {

    private final Candidacies candidacies;

    RecordReadinessRecommendationDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ex.getVariable(READINESS_RESULT);
        String recommendation = String.valueOf(result.get("readiness"));
        String advice = String.valueOf(result.get("advice"));
        candidacies.recordRecommendation(candidacyId(ex), recommendation, advice);
        ex.setVariable(READINESS_RECOMMENDATION, recommendation);
        ex.setVariable("readinessAdvice", advice);
        ex.setVariable("readinessRecommendationText", "READY".equals(recommendation) ? "ready" : "not yet ready");
        ex.removeVariable(READINESS_RESULT);
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(READINESS_RECOMMENDATION, "readinessAdvice", "readinessRecommendationText");
    }
}
