package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordReadinessDecision: the headteacher's decision, as the service records it, decides "Ready?". */
class RecordReadinessDecisionDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final RecordReadinessDecisionDelegate delegate = new RecordReadinessDecisionDelegate(candidacies);

    @Test
    void readyAsTheServiceDecides() {
        when(candidacies.decideReadiness(1L, "READY", "Strong self-review", true, "helen.carter")).thenReturn(true);
        FakeExecution ex = decision("READY").and("englishMathsSeen", true);
        ex.run(delegate);
        assertThat(ex.variable(READY)).isEqualTo(true);
    }

    @Test
    void notYetReadyWithAnUntickedBoxAsNo() {
        when(candidacies.decideReadiness(1L, "NOT_YET", "Strong self-review", false, "helen.carter")).thenReturn(false);
        FakeExecution ex = decision("NOT_YET");
        ex.run(delegate);
        assertThat(ex.variable(READY)).isEqualTo(false);
    }

    private static FakeExecution decision(String decision) {
        return FakeExecution.with(CANDIDACY_ID, 1L, "readinessDecision", decision, "readinessReason", "Strong self-review")
                .signedIn("helen.carter");
    }
}
