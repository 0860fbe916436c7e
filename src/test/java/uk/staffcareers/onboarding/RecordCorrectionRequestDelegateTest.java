package uk.staffcareers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordCorrectionRequest: what the new starter says is wrong becomes a correction for the record keeper. */
class RecordCorrectionRequestDelegateTest {

    private final StaffDetailsConfirmation confirmation = mock(StaffDetailsConfirmation.class);

    @Test
    void theRequestSetsTheCorrectionToWorkOn() {
        when(confirmation.requestCorrection("E1004", "My start date is 2 September")).thenReturn(7L);
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1004", CORRECTIONS_NEEDED, "My start date is 2 September");

        ex.run(new RecordCorrectionRequestDelegate(confirmation));

        assertThat(ex.variable(CORRECTION_ID)).isEqualTo(7L);
    }
}
