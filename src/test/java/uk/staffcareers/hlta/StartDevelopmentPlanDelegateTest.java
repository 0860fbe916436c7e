package uk.staffcareers.hlta;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** startDevelopmentPlanDelegate, for cases on versions before 1.3.0: each of its three steps runs that step's own delegate. */
class StartDevelopmentPlanDelegateTest {

    private final StartReadinessPlanDelegate readiness = mock(StartReadinessPlanDelegate.class);
    private final StartDeploymentPlanDelegate deployment = mock(StartDeploymentPlanDelegate.class);
    private final StartReassessmentPlanDelegate reassessment = mock(StartReassessmentPlanDelegate.class);
    private final StartDevelopmentPlanDelegate older = new StartDevelopmentPlanDelegate(readiness, deployment, reassessment);

    @Test
    void eachStepOfTheOlderVersionsRunsItsOwnDelegate() throws Exception {
        Map<String, JavaDelegate> steps = Map.of("Task_StartReadinessPlan", readiness, "Task_StartDeploymentPlan", deployment,
                "Task_StartReassessmentPlan", reassessment);
        for (var step : steps.entrySet()) {
            DelegateExecution ex = FakeExecution.with().at(step.getKey()).execution();
            older.execute(ex);
            verify(step.getValue()).execute(ex);
        }
    }
}
