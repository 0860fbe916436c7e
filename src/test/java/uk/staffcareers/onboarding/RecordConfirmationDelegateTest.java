package uk.staffcareers.onboarding;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordConfirmation: the new starter's record is confirmed. */
class RecordConfirmationDelegateTest {

    private final StaffDetailsConfirmation confirmation = mock(StaffDetailsConfirmation.class);

    @Test
    void theRecordIsConfirmed() {
        FakeExecution.with(STAFF_ID, "E1004").run(new RecordConfirmationDelegate(confirmation));
        verify(confirmation).recordConfirmed("E1004");
    }
}
