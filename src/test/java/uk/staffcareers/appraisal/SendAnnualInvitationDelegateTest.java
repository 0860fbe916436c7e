package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_SendAnnualInvitation: the meeting's time, as the timer of missing evidence and the forms read it. */
class SendAnnualInvitationDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final AnnualAssessment annual = mock(AnnualAssessment.class);

    @Test
    void setsTheMeetingsTimeAndWords() {
        when(annual.invite(7L, LocalDate.of(2027, 7, 6), "15:30", "Room 4", "tom.bennett", CASE))
                .thenReturn(LocalDateTime.of(2027, 7, 6, 15, 30));
        FakeExecution ex = appraisal().and("meetingDate", "2027-07-06").and("meetingTime", "15:30").and("meetingPlace", "Room 4");

        ex.run(new SendAnnualInvitationDelegate(annual));

        assertThat(ex.variable(MEETING_AT)).as("school time, summer").isEqualTo(Date.from(Instant.parse("2027-07-06T14:30:00Z")));
        assertThat(ex.variable("meetingText")).isEqualTo("Tuesday 6 July 2027 at 15:30, Room 4");
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
