package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_GatherGuidance: the draft form's guidance for the expectations table's focus, and the trust's most objectives. */
class ObjectiveGuidanceDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);

    @Test
    void setsTheGuidanceForTheTablesFocusAndTheTrustsMostObjectives() {
        when(appraisals.guidance(7L, "CAREER_STAGE")).thenReturn("Expectations at Core 2");
        when(appraisals.maxObjectives(7L)).thenReturn(3);
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, OBJECTIVE_FOCUS, "CAREER_STAGE");

        ex.run(new ObjectiveGuidanceDelegate(appraisals));

        assertThat(ex.variable(OBJECTIVE_GUIDANCE)).isEqualTo("Expectations at Core 2");
        assertThat(ex.variable(MAX_OBJECTIVES)).isEqualTo(3);
    }
}
