package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_TellAppraisalEnded: the employee left; whoever oversees the appraisal is told it ended. */
class TellAppraisalEndedDelegateTest {

    private final Leavers leavers = mock(Leavers.class);

    @Test
    void theOverseerIsToldOfThisCase() {
        FakeExecution.with(APPRAISAL_ID, 7L, HEADTEACHER, "helen.carter")
                .businessKey("APPRAISAL-2026/27-E1004").run(new TellAppraisalEndedDelegate(leavers));
        verify(leavers).tellEnded(7L, "helen.carter", "APPRAISAL-2026/27-E1004");
    }
}
