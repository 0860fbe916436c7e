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

/** Task_IssueReport: the report and the day the employee's comments are due. */
class IssueReportDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final AnnualAssessment annual = mock(AnnualAssessment.class);
    private final Appraisals appraisals = mock(Appraisals.class);

    @Test
    void setsTheReportAndTheDayCommentsAreDue() {
        when(annual.recommendAndReport(7L, "PROGRESSION", "All met", "tom.bennett", CASE)).thenReturn(11L);
        when(appraisals.commentsDue(7L)).thenReturn(LocalDate.of(2027, 7, 13));
        FakeExecution ex = appraisal().and(PAY_RECOMMENDATION, "PROGRESSION").and(PAY_REASONS, "All met");

        ex.run(new IssueReportDelegate(annual, appraisals));

        assertThat(ex.variable(REPORT_ID)).isEqualTo(11L);
        assertThat(ex.variable("payRecommendationText")).isEqualTo("Pay progression");
        assertThat(ex.variable(COMMENTS_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-07-13T16:00:00Z")));
        assertThat(ex.variable(COMMENTS_DUE_TEXT)).isEqualTo("Tuesday 13 July 2027");
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
