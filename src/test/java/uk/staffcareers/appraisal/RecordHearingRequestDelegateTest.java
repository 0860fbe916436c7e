package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** The employee's request decides "Hearing asked for?"; HR invite within the policy's notice days. */
class RecordHearingRequestDelegateTest {

    private final PayAppeal payAppeal = mock(PayAppeal.class);
    private final RecordHearingRequestDelegate delegate = new RecordHearingRequestDelegate(payAppeal);

    @Test
    void aHearingAskedForSetsTheDayHrInviteBy() {
        when(payAppeal.requestHearing(7L, "HEARING", "The review ignored my evidence")).thenReturn(true);
        when(payAppeal.inviteDue(7L)).thenReturn(LocalDate.of(2027, 12, 3));
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, "hearingChoice", "HEARING", "hearingGrounds", "The review ignored my evidence");

        ex.run(delegate);

        assertThat(ex.variable(HEARING_REQUESTED)).isEqualTo(true);
        assertThat(ex.variable(HEARING_INVITE_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-12-03T17:00:00Z")));
    }

    @Test
    void acceptingTheAnswerSetsNoHearing() {
        when(payAppeal.requestHearing(7L, "ACCEPT", null)).thenReturn(false);
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, "hearingChoice", "ACCEPT");

        ex.run(delegate);

        assertThat(ex.variable(HEARING_REQUESTED)).isEqualTo(false);
        assertThat(ex.has(HEARING_INVITE_DUE_AT)).isFalse();
        verify(payAppeal, never()).inviteDue(7L);
    }
}
