package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.StartReassessmentPlanDelegateTest.candidacy;
import static uk.staffcareers.hlta.StartReassessmentPlanDelegateTest.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_StartDeploymentPlan: after the award, the plan is for the new HLTA's role. */
class StartDeploymentPlanDelegateTest {

    private final HltaAward award = mock(HltaAward.class);
    private final StartDeploymentPlanDelegate delegate = new StartDeploymentPlanDelegate(award);

    @Test
    void theNewHltaGetsAPlanForTheRole() {
        when(award.developmentNeed(true, List.of())).thenReturn("Moving into the HLTA role");
        FakeExecution ex = candidacy();
        ex.run(delegate);
        assertThat(ex.messages()).containsExactly(plan("HLTA_OUTCOME", "Moving into the HLTA role"));
    }
}
