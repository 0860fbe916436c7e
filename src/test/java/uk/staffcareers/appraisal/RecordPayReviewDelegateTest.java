package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** The decider's review decides "Appeal settled?": upheld ends it, not upheld opens the window to ask for a hearing. */
class RecordPayReviewDelegateTest {

    private final PayAppeal payAppeal = mock(PayAppeal.class);
    private final RecordPayReviewDelegate delegate = new RecordPayReviewDelegate(payAppeal);

    @Test
    void notUpheldSetsTheLastDayToAskForAHearing() {
        when(payAppeal.recordReview(7L, LocalDate.of(2027, 11, 10), "E1002", "NOT_UPHELD", "The evidence stands", "helen.carter",
                "APPRAISAL-2026/27-E1004")).thenReturn(Optional.of(LocalDate.of(2027, 11, 24)));
        FakeExecution ex = review("NOT_UPHELD");

        ex.run(delegate);

        assertThat(ex.variable(PAY_REVIEW_UPHELD)).isEqualTo(false);
        assertThat(ex.variable(HEARING_REQUEST_DEADLINE)).isEqualTo(Date.from(Instant.parse("2027-11-24T17:00:00Z")));
        assertThat(ex.variable("hearingDeadlineText")).isEqualTo("Wednesday 24 November 2027");
    }

    @Test
    void upheldSettlesTheAppealWithNoHearingWindow() {
        when(payAppeal.recordReview(7L, LocalDate.of(2027, 11, 10), "E1002", "UPHELD", "The evidence stands", "helen.carter",
                "APPRAISAL-2026/27-E1004")).thenReturn(Optional.empty());
        FakeExecution ex = review("UPHELD");

        ex.run(delegate);

        assertThat(ex.variable(PAY_REVIEW_UPHELD)).isEqualTo(true);
        assertThat(ex.has(HEARING_REQUEST_DEADLINE)).isFalse();
        assertThat(ex.has("hearingDeadlineText")).isFalse();
    }

    private static FakeExecution review(String outcome) {
        return FakeExecution.with(APPRAISAL_ID, 7L, "payReviewHeldOn", "2027-11-10", "payReviewPresent", "E1002",
                "payReviewOutcome", outcome, "payReviewReasons", "The evidence stands").signedIn("helen.carter")
                .businessKey("APPRAISAL-2026/27-E1004");
    }
}
