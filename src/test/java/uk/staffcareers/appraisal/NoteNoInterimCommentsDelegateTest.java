package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_NoteNoInterimComments: no comments on the interim review are recorded against their last day. */
class NoteNoInterimCommentsDelegateTest {

    private final Unanswered unanswered = mock(Unanswered.class);
    private final NoteNoInterimCommentsDelegate delegate = new NoteNoInterimCommentsDelegate(unanswered);

    @Test
    void noCommentsAreRecordedAgainstTheirLastDay() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, INTERIM_COMMENTS_DUE_AT, Date.from(Instant.parse("2026-10-12T16:00:00Z")))
                .businessKey("APPRAISAL-2026/27-E1004");

        ex.run(delegate);

        verify(unanswered).record(7L, Unanswered.Step.INTERIM_COMMENTS, LocalDate.of(2026, 10, 12), "the application", "APPRAISAL-2026/27-E1004");
    }
}
