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

/** Task_SendHearingInvitation: the day the panel decides by, and the hearing in words. */
class SendHearingInvitationDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final PayAppeal payAppeal = mock(PayAppeal.class);

    @Test
    void setsTheDayThePanelDecidesBy() {
        when(payAppeal.invite(7L, LocalDate.of(2027, 9, 14), "16:00", "Trust office", "E3001, E3002", "kate.morgan", CASE))
                .thenReturn(new PayAppeal.Hearing(LocalDateTime.of(2027, 9, 14, 16, 0), "Ann Lee and Raj Patel", LocalDate.of(2027, 9, 28)));
        FakeExecution ex = appraisal().and("hearingDate", "2027-09-14").and("hearingTime", "16:00").and("hearingPlace", "Trust office")
                .and("hearingPanel", "E3001, E3002").signedIn("kate.morgan");

        ex.run(new SendHearingInvitationDelegate(payAppeal));

        assertThat(ex.variable(APPEAL_HEARING_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-09-28T16:00:00Z")));
        assertThat(ex.variable("hearingText")).isEqualTo("Tuesday 14 September 2027 at 16:00, Trust office; panel: Ann Lee and Raj Patel");
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
