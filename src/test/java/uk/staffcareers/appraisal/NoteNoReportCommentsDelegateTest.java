package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_NoteNoReportComments: no comments on the report are recorded against their last day, and the pay decision falls due. */
class NoteNoReportCommentsDelegateTest {

    private final Unanswered unanswered = mock(Unanswered.class);
    private final Appraisals appraisals = mock(Appraisals.class);
    private final NoteNoReportCommentsDelegate delegate = new NoteNoReportCommentsDelegate(unanswered, appraisals);

    @Test
    void noCommentsOnTheReportSetTheDayThePayIsDecidedBy() {
        when(appraisals.payDecisionDue(7L)).thenReturn(LocalDate.of(2027, 7, 9));
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, COMMENTS_DUE_AT, Date.from(Instant.parse("2027-07-02T16:00:00Z")))
                .businessKey("APPRAISAL-2026/27-E1004");

        ex.run(delegate);

        verify(unanswered).record(7L, Unanswered.Step.REPORT_COMMENTS, LocalDate.of(2027, 7, 2), "the application", "APPRAISAL-2026/27-E1004");
        assertThat(ex.variable(PAY_DECISION_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-07-09T16:00:00Z")));
    }
}
