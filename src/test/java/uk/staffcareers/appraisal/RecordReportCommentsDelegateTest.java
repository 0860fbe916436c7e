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

/** Task_RecordReportComments: the re-issued report and the day the pay is decided by. */
class RecordReportCommentsDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final AnnualAssessment annual = mock(AnnualAssessment.class);
    private final Appraisals appraisals = mock(Appraisals.class);

    @Test
    void setsTheReissuedReportAndThePayDecisionsDay() {
        when(annual.addReportComments(7L, "I agree", "amy.hughes", CASE)).thenReturn(12L);
        when(appraisals.payDecisionDue(7L)).thenReturn(LocalDate.of(2027, 7, 20));
        FakeExecution ex = appraisal().and("reportComments", "I agree").signedIn("amy.hughes");

        ex.run(new RecordReportCommentsDelegate(annual, appraisals));

        assertThat(ex.variable(REPORT_ID)).isEqualTo(12L);
        assertThat(ex.variable(PAY_DECISION_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-07-20T16:00:00Z")));
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
