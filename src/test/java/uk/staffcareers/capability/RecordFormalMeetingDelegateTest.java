package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordMonitoring: the formal meeting's targets and support, and the end of monitoring the timer reads. */
class RecordFormalMeetingDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void theMeetingSetsTheEndOfMonitoring() {
        when(cases.recordMeeting(9L, new CapabilityCases.FormalMeeting("Plan every lesson", "Coaching", "Notes", "UNION", 6), "kate.morgan"))
                .thenReturn(LocalDate.of(2027, 2, 22));
        FakeExecution ex = FakeExecution.with(CAPABILITY_CASE_ID, 9L, "targets", "Plan every lesson", "support", "Coaching", "meetingNotes",
                "Notes", "companion", "UNION", "monitoringWeeks", 6).signedIn("kate.morgan");

        ex.run(new RecordFormalMeetingDelegate(cases));

        assertThat(ex.variable(MONITORING_UNTIL)).isEqualTo(Date.from(Instant.parse("2027-02-22T08:30:00Z")));
    }
}
