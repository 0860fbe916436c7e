package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordFormalReview: the service's answer decides "Final warning given?" and how long monitoring goes on. */
class RecordFormalReviewDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);
    private final RecordFormalReviewDelegate delegate = new RecordFormalReviewDelegate(cases);

    @Test
    void furtherMonitoringSetsTheNewEndAndNoWarningYet() {
        when(cases.review(9L, CapabilityCases.Outcome.FURTHER_MONITORING, 6, "kate.morgan"))
                .thenReturn(new CapabilityCases.Reviewed(LocalDate.of(2027, 3, 1), false));
        FakeExecution ex = review("FURTHER_MONITORING").and("furtherWeeks", 6);

        ex.run(delegate);

        assertThat(ex.variable(MONITORING_UNTIL)).isEqualTo(Date.from(Instant.parse("2027-03-01T08:30:00Z")));
        assertThat(ex.variable(FINAL_WARNING_GIVEN)).isEqualTo(false);
    }

    @Test
    void notImprovedAfterAFinalWarningSaysSoAndLeavesTheMonitoringDayAlone() {
        when(cases.review(9L, CapabilityCases.Outcome.NOT_IMPROVED, null, "kate.morgan"))
                .thenReturn(new CapabilityCases.Reviewed(null, true));
        FakeExecution ex = review("NOT_IMPROVED");

        ex.run(delegate);

        assertThat(ex.variable(FINAL_WARNING_GIVEN)).isEqualTo(true);
        assertThat(ex.has(MONITORING_UNTIL)).isFalse();
    }

    @Test
    void noOutcomeIsRefused() {
        FakeExecution ex = review("BETTER");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Record the outcome of the formal review");
        assertThat(ex.has(FINAL_WARNING_GIVEN)).isFalse();
        verifyNoInteractions(cases);
    }

    private static FakeExecution review(String outcome) {
        return FakeExecution.with(CAPABILITY_CASE_ID, 9L, FORMAL_OUTCOME, outcome).signedIn("kate.morgan");
    }
}
