package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** The employee's choice decides "Appealed?"; an appeal is reviewed by the person who decided, by the policy's day. */
class RecordAppealDelegateTest {

    private final AnnualAssessment annual = mock(AnnualAssessment.class);
    private final PayAppeal payAppeal = mock(PayAppeal.class);
    private final RecordAppealDelegate delegate = new RecordAppealDelegate(annual, payAppeal);

    @Test
    void anAppealSetsAppealedAndTheReviewsLastDay() {
        when(annual.appeal(7L, "APPEAL", "The evidence was not considered")).thenReturn(true);
        when(payAppeal.reviewDue(7L)).thenReturn(LocalDate.of(2027, 11, 12));
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, "appealChoice", "APPEAL", "appealGrounds", "The evidence was not considered");

        ex.run(delegate);

        assertThat(ex.variable(APPEALED)).isEqualTo(true);
        assertThat(ex.variable(PAY_REVIEW_DUE_AT)).as("the end of that school day").isEqualTo(Date.from(Instant.parse("2027-11-12T17:00:00Z")));
    }

    @Test
    void acceptingTheDecisionSetsNotAppealedAndNoReview() {
        when(annual.appeal(7L, "ACCEPT", null)).thenReturn(false);
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, "appealChoice", "ACCEPT");

        ex.run(delegate);

        assertThat(ex.variable(APPEALED)).isEqualTo(false);
        assertThat(ex.has(PAY_REVIEW_DUE_AT)).isFalse();
        verifyNoInteractions(payAppeal);
    }
}
