package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_SendAppealOutcome: the panel's outcome and reasons go to the record and the final letter. */
class SendDismissalAppealOutcomeDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void theOutcomeIsRecorded() {
        FakeExecution.with(CAPABILITY_CASE_ID, 9L, "appealOutcome", "NOT_UPHELD",
                "appealReasons", "Support was given").signedIn("kate.morgan").run(new SendDismissalAppealOutcomeDelegate(cases));
        verify(cases).recordAppealOutcome(9L, CapabilityCases.AppealOutcome.NOT_UPHELD, "Support was given", "kate.morgan");
    }

    @Test
    void noOutcomeIsRefused() {
        assertThatThrownBy(() -> FakeExecution.with(CAPABILITY_CASE_ID, 9L)
                .run(new SendDismissalAppealOutcomeDelegate(cases))).isInstanceOf(InvalidInputException.class).hasMessage("Record whether the appeal is upheld");
        verifyNoInteractions(cases);
    }
}
