package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordProgress: the mentor's note goes to the plan and the next entry starts empty; the gateway reads the finished box. */
class RecordProgressDelegateTest {

    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);

    @Test
    void theNoteIsLoggedAndCleared() {
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, PROGRESS_NOTE, "Unit 1 done", DEVELOPMENT_FINISHED, true).signedIn("sara.okafor");

        ex.run(new RecordProgressDelegate(plans));

        verify(plans).logProgress(1L, "Unit 1 done", true, "sara.okafor");
        assertThat(ex.removed(PROGRESS_NOTE)).isTrue();
        assertThat(ex.variable(DEVELOPMENT_FINISHED)).isEqualTo(true);
    }
}
