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

/** Task_MoveMeeting: the employee moves the meeting once; the new time is what the meeting waits for. */
class MoveMeetingDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void theMeetingMovesToTheTimeTheServiceAllows() {
        when(cases.moveMeeting(9L, CapabilityCases.Meeting.FORMAL, LocalDateTime.of(2027, 1, 21, 15, 30), "Union rep away", "ben.lewis"))
                .thenReturn(LocalDateTime.of(2027, 1, 21, 15, 30));
        FakeExecution ex = FakeExecution.with(CAPABILITY_CASE_ID, 9L, MEETING, "FORMAL", "meetingDate", "2027-01-21", "meetingTime", "15:30",
                "moveReason", "Union rep away").signedIn("ben.lewis");

        ex.run(new MoveMeetingDelegate(cases));

        assertThat(ex.variable(MEETING_AT)).isEqualTo(Date.from(Instant.parse("2027-01-21T15:30:00Z")));
    }
}
