package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordReadinessRecommendation: the readiness table's answer is recorded and shown to the headteacher in words. */
class RecordReadinessRecommendationDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final RecordReadinessRecommendationDelegate delegate = new RecordReadinessRecommendationDelegate(candidacies);

    @Test
    void theTablesAnswerIsRecordedAndTheWholeResultLeavesTheCase() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, READINESS_RESULT, Map.of("readiness", "NOT_YET", "advice", "Level 2 maths first"));

        ex.run(delegate);

        verify(candidacies).recordRecommendation(1L, "NOT_YET", "Level 2 maths first");
        assertThat(ex.variable(READINESS_RECOMMENDATION)).isEqualTo("NOT_YET");
        assertThat(ex.variable("readinessAdvice")).isEqualTo("Level 2 maths first");
        assertThat(ex.variable("readinessRecommendationText")).isEqualTo("not yet ready");
        assertThat(ex.removed(READINESS_RESULT)).isTrue();
    }

    @Test
    void readyReadsAsReady() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, READINESS_RESULT, Map.of("readiness", "READY", "advice", "Go ahead"));
        ex.run(delegate);
        assertThat(ex.variable("readinessRecommendationText")).isEqualTo("ready");
    }
}
