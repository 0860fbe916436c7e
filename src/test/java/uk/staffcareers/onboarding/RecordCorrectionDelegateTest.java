package uk.staffcareers.onboarding;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordCorrection: the record keeper's correction resolves the request. */
class RecordCorrectionDelegateTest {

    private final StaffDetailsConfirmation confirmation = mock(StaffDetailsConfirmation.class);

    @Test
    void theCorrectionIsRecordedAsMadeByWhoeverSignedInNotByTheVariable() {
        // HR stands in for the school business manager named in the case: HR made the correction.
        FakeExecution.with(CORRECTION_ID, 7L, RECORD_KEEPER, "mark.ellis",
                CORRECTION_MADE, "Start date changed").signedIn("kate.morgan").run(new RecordCorrectionDelegate(confirmation));
        verify(confirmation).resolveCorrection(eq(7L), eq("kate.morgan"), eq("Start date changed"));
    }
}
