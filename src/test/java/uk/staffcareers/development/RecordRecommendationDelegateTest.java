package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordRecommendation: the three tables' answers become the plan's recommendation; the case keeps only what forms show. */
class RecordRecommendationDelegateTest {

    private static final Map<String, Object> PROGRESSION = Map.of("nextStage", "Senior teaching assistant", "missingEssential", "Level 3",
            "missingDesirable", "none", "options", "Level 3 diploma");
    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);

    @Test
    void aQualificationIsRecommendedWithItsTypeAndTheNextStage() {
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, ROUTE_RESULT, Map.of("route", "QUALIFICATION", "routeReason", "No Level 3 yet"),
                TYPE_RESULT, Map.of("qualificationType", "OCCUPATIONAL", "typeReason", "For the role"), PROGRESSION_RESULT, PROGRESSION);

        ex.run(new RecordRecommendationDelegate(plans));

        String summary = (String) ex.variable(RECOMMENDATION);
        assertThat(summary).startsWith("**Recommended:** a course or qualification (occupational)")
                .contains("No Level 3 yet", "For the role", "next stage Senior teaching assistant", "Essential qualification still needed: Level 3");
        verify(plans).recordRecommendation(1L, Route.QUALIFICATION, "OCCUPATIONAL", summary);
        assertThat(ex.variable("recommendedRoute")).isEqualTo("QUALIFICATION");
        assertThat(ex.variable("recommendedType")).isEqualTo("OCCUPATIONAL");
        assertThat(ex.removed(ROUTE_RESULT) && ex.removed(TYPE_RESULT) && ex.removed(PROGRESSION_RESULT)).isTrue();
    }

    @Test
    void informalDevelopmentHasNoQualificationType() {
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, ROUTE_RESULT, Map.of("route", "INFORMAL", "routeReason", "In-house support"),
                TYPE_RESULT, Map.of("qualificationType", "OCCUPATIONAL", "typeReason", "unused"), PROGRESSION_RESULT, PROGRESSION);

        ex.run(new RecordRecommendationDelegate(plans));

        assertThat((String) ex.variable(RECOMMENDATION)).startsWith("**Recommended:** informal development").doesNotContain("unused");
        verify(plans).recordRecommendation(eq(1L), eq(Route.INFORMAL), isNull(), eq((String) ex.variable(RECOMMENDATION)));
        assertThat(ex.variable("recommendedType")).isNull();
    }
}
