package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.StartReassessmentPlanDelegateTest.candidacy;
import static uk.staffcareers.hlta.StartReassessmentPlanDelegateTest.plan;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_StartReadinessPlan: "not yet ready" requests a readiness plan from the headteacher for what the candidate still needs. */
class StartReadinessPlanDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final StartReadinessPlanDelegate delegate = new StartReadinessPlanDelegate(candidacies);

    @Test
    void notYetReadyRequestsAReadinessPlanFromTheHeadteacher() {
        when(candidacies.readinessNeed(1L)).thenReturn("Level 2 maths");
        FakeExecution ex = candidacy();
        ex.run(delegate);
        assertThat(ex.messages()).containsExactly(plan("HLTA_READINESS", "Level 2 maths"));
    }
}
