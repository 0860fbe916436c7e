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

/** Task_IssueFinalWarning: the warning and the monitoring it starts, whose end the timer reads. */
class IssueFinalWarningDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void theWarningSetsTheEndOfMonitoring() {
        when(cases.issueFinalWarning(9L, 6, "kate.morgan")).thenReturn(LocalDate.of(2027, 3, 15));
        FakeExecution ex = FakeExecution.with(CAPABILITY_CASE_ID, 9L, "finalWarningWeeks", 6).signedIn("kate.morgan");

        ex.run(new IssueFinalWarningDelegate(cases));

        assertThat(ex.variable(MONITORING_UNTIL)).isEqualTo(Date.from(Instant.parse("2027-03-15T08:30:00Z")));
    }
}
