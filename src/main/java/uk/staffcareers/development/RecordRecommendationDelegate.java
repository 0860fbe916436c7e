package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.List;

/** Task_RecordRecommendation: the decision tables' advice kept with the plan and shown to whoever decides. */
@Component
class RecordRecommendationDelegate implements JavaDelegate, SetsVariables {

    private final DevelopmentPlans plans;

    RecordRecommendationDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution ex) {
        Map<String, Object> route = ROUTE_RESULT.get(ex);
        Map<String, Object> type = TYPE_RESULT.get(ex);
        Map<String, Object> progression = PROGRESSION_RESULT.get(ex);
        Route recommended = Route.valueOf((String) route.get("route"));
        String qualificationType = recommended == Route.QUALIFICATION ? (String) type.get("qualificationType") : null;
        String summary = String.join("\n",
                "**Recommended:** " + (recommended == Route.INFORMAL ? "informal development" : "a course or qualification"
                        + " (" + qualificationType.replace('_', ' ').toLowerCase() + ")"),
                "", route.get("routeReason").toString(),
                recommended == Route.QUALIFICATION ? "\n" + type.get("typeReason") : "",
                "", "**Career progression:** next stage " + progression.get("nextStage"),
                "- Essential qualification still needed: " + progression.get("missingEssential"),
                "- Desirable: " + progression.get("missingDesirable"),
                "- Options: " + progression.get("options"));
        plans.recordRecommendation(DevelopmentPlanProcess.planId(ex), recommended, qualificationType, summary);
        RECOMMENDATION.set(ex, summary);
        RECOMMENDED_ROUTE.set(ex, recommended.name());
        RECOMMENDED_TYPE.set(ex, qualificationType);
        // The tables' whole answers now live with the plan; the case keeps only what its forms show.
        List.of(ROUTE_RESULT, TYPE_RESULT, PROGRESSION_RESULT).forEach(result -> result.remove(ex));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(RECOMMENDATION, RECOMMENDED_ROUTE, RECOMMENDED_TYPE);
    }
}
