package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_SendInvitation: the formal meeting's time, which the meeting's subprocess waits for. */
class SendInvitationDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void setsTheMeetingAndWhichMeetingItIs() {
        when(cases.invite(9L, LocalDateTime.of(2027, 1, 18, 15, 30), "Room 4", "kate.morgan")).thenReturn(LocalDateTime.of(2027, 1, 18, 15, 30));
        FakeExecution ex = FakeExecution.with(CAPABILITY_CASE_ID, 9L, "meetingDate", "2027-01-18", "meetingTime", "15:30", "meetingPlace",
                "Room 4").signedIn("kate.morgan");

        ex.run(new SendInvitationDelegate(cases));

        assertThat(ex.variable(MEETING_AT)).isEqualTo(Date.from(Instant.parse("2027-01-18T15:30:00Z")));
        assertThat(ex.variable(MEETING)).isEqualTo("FORMAL");
    }

    @Test
    void aTimeThatIsNotATimeIsRefused() {
        FakeExecution ex = FakeExecution.with(CAPABILITY_CASE_ID, 9L, "meetingDate", "2027-01-18", "meetingTime", "half three");
        assertThatThrownBy(() -> ex.run(new SendInvitationDelegate(cases))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Give the meeting time as hh:mm");
        verifyNoInteractions(cases);
    }
}
