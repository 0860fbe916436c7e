package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_NotifyPayDecision: the appeal window the timer "Appeal window closed" reads. */
class NotifyPayDecisionDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final AnnualAssessment annual = mock(AnnualAssessment.class);

    @Test
    void setsTheAppealWindow() {
        when(annual.decidePay(7L, "NO_PROGRESSION", "One objective not met", "helen.carter", CASE)).thenReturn(LocalDate.of(2027, 8, 3));
        FakeExecution ex = appraisal().and(PAY_DECISION, "NO_PROGRESSION").and("payDecisionReasons", "One objective not met")
                .signedIn("helen.carter");

        ex.run(new NotifyPayDecisionDelegate(annual));

        assertThat(ex.variable(APPEAL_DEADLINE)).isEqualTo(Date.from(Instant.parse("2027-08-03T16:00:00Z")));
        assertThat(ex.variable("appealDeadlineText")).isEqualTo("Tuesday 3 August 2027");
        assertThat(ex.variable("payDecisionText")).isEqualTo("No pay progression");
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
