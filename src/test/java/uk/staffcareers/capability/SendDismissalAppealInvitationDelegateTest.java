package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_SendAppealInvitation: the panel, by staff number, and the hearing's time. */
class SendDismissalAppealInvitationDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void thePanelIsSplitOnCommasAndTheHearingSet() {
        when(cases.arrangeAppeal(9L, List.of("E3001", "E3002"), LocalDateTime.of(2027, 3, 22, 10, 0), "Trust office", "kate.morgan"))
                .thenReturn(LocalDateTime.of(2027, 3, 22, 10, 0));
        FakeExecution ex = FakeExecution.with(CAPABILITY_CASE_ID, 9L, "appealPanel", " E3001, ,E3002 ", "meetingDate", "2027-03-22",
                "meetingTime", "10:00", "meetingPlace", "Trust office").signedIn("kate.morgan");

        ex.run(new SendDismissalAppealInvitationDelegate(cases));

        assertThat(ex.variable(APPEAL_HEARING_AT)).isEqualTo(Date.from(Instant.parse("2027-03-22T10:00:00Z")));
        assertThat(ex.variable(MEETING)).isEqualTo("APPEAL");
    }
}
