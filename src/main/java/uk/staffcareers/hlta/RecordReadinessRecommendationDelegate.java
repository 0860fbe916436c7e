package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordReadinessRecommendation: the readiness table's recommendation kept, for the headteacher's form. */
@Component
class RecordReadinessRecommendationDelegate implements JavaDelegate, SetsVariables {

    private final Candidacies candidacies;

    RecordReadinessRecommendationDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Map<String, Object> result = READINESS_RESULT.get(ex);
        String recommendation = String.valueOf(result.get("readiness"));
        String advice = String.valueOf(result.get("advice"));
        candidacies.recordRecommendation(candidacyId(ex), recommendation, advice);
        READINESS_RECOMMENDATION.set(ex, recommendation);
        READINESS_ADVICE.set(ex, advice);
        READINESS_RECOMMENDATION_TEXT.set(ex, "READY".equals(recommendation) ? "ready" : "not yet ready");
        READINESS_RESULT.remove(ex);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(READINESS_RECOMMENDATION, READINESS_ADVICE, READINESS_RECOMMENDATION_TEXT);
    }
}
