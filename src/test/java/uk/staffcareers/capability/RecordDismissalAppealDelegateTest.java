package uk.staffcareers.capability;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordAppeal: the employee's grounds, as the employee who signed in. */
class RecordDismissalAppealDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void theGroundsAreRecorded() {
        FakeExecution.with(CAPABILITY_CASE_ID, 9L, "appealGrounds", "No support given")
                .signedIn("ben.lewis").run(new RecordDismissalAppealDelegate(cases));
        verify(cases).appeal(9L, "No support given", "ben.lewis");
    }
}
