package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_NoteNoAnswerToRevision: no answer to the revised objectives is recorded against their last day. */
class NoteNoAnswerToRevisionDelegateTest {

    private final Unanswered unanswered = mock(Unanswered.class);
    private final NoteNoAnswerToRevisionDelegate delegate = new NoteNoAnswerToRevisionDelegate(unanswered);

    @Test
    void noAnswerToTheRevisionIsRecordedAgainstItsLastDay() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT_DUE_AT, Date.from(Instant.parse("2026-10-12T16:00:00Z")))
                .businessKey("APPRAISAL-2026/27-E1004");

        ex.run(delegate);

        verify(unanswered).record(7L, Unanswered.Step.REVISED_OBJECTIVES, LocalDate.of(2026, 10, 12), "the application", "APPRAISAL-2026/27-E1004");
    }
}
