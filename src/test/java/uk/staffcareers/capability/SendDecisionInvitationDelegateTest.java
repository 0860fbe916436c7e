package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_SendDecisionInvitation: the decision meeting's time, and that the meeting subprocess now waits for the decision meeting. */
class SendDecisionInvitationDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void setsTheDecisionMeeting() {
        when(cases.inviteToDecision(9L, LocalDateTime.of(2027, 3, 1, 16, 0), "Trust office", "kate.morgan"))
                .thenReturn(LocalDateTime.of(2027, 3, 1, 16, 0));
        FakeExecution ex = FakeExecution.with(CAPABILITY_CASE_ID, 9L, "meetingDate", "2027-03-01", "meetingTime", "16:00", "meetingPlace",
                "Trust office").signedIn("kate.morgan");

        ex.run(new SendDecisionInvitationDelegate(cases));

        assertThat(ex.variable(DECISION_MEETING_AT)).isEqualTo(Date.from(Instant.parse("2027-03-01T16:00:00Z")));
        assertThat(ex.variable(MEETING)).isEqualTo("DECISION");
    }
}
