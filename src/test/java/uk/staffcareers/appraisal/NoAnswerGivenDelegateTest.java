package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Whichever of the employee's steps went unanswered is recorded with its last day; after the report's comments the pay is due. */
class NoAnswerGivenDelegateTest {

    private final Unanswered unanswered = mock(Unanswered.class);
    private final Appraisals appraisals = mock(Appraisals.class);
    private final NoAnswerGivenDelegate delegate = new NoAnswerGivenDelegate(unanswered, appraisals);

    @Test
    void noAnswerToTheObjectivesIsRecordedAgainstTheirLastDay() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT_DUE_AT, Date.from(Instant.parse("2026-10-12T16:00:00Z")))
                .at("Task_NoteNoAnswerToObjectives").businessKey("APPRAISAL-2026/27-E1004");

        delegate.execute(ex.execution());

        verify(unanswered).record(7L, Unanswered.Step.OBJECTIVES, LocalDate.of(2026, 10, 12), "the application", "APPRAISAL-2026/27-E1004");
        assertThat(ex.has(PAY_DECISION_DUE_AT)).isFalse();
    }

    @Test
    void eachStepReadsItsOwnLastDay() {
        Date due = Date.from(Instant.parse("2027-07-01T16:00:00Z"));
        delegate.execute(FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT_DUE_AT, due).at("Task_NoteNoAnswerToRevision").execution());
        delegate.execute(FakeExecution.with(APPRAISAL_ID, 7L, INTERIM_COMMENTS_DUE_AT, due).at("Task_NoteNoInterimComments").execution());
        delegate.execute(FakeExecution.with(APPRAISAL_ID, 7L, MEETING_AT, due).at("Task_NoteNoEvidence").execution());
        LocalDate day = LocalDate.of(2027, 7, 1);
        verify(unanswered).record(7L, Unanswered.Step.REVISED_OBJECTIVES, day, "the application", null);
        verify(unanswered).record(7L, Unanswered.Step.INTERIM_COMMENTS, day, "the application", null);
        verify(unanswered).record(7L, Unanswered.Step.EVIDENCE, day, "the application", null);
    }

    @Test
    void noCommentsOnTheReportSetTheDayThePayIsDecidedBy() {
        when(appraisals.payDecisionDue(7L)).thenReturn(LocalDate.of(2027, 7, 9));
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, COMMENTS_DUE_AT, Date.from(Instant.parse("2027-07-02T16:00:00Z")))
                .at("Task_NoteNoReportComments");

        delegate.execute(ex.execution());

        verify(unanswered).record(7L, Unanswered.Step.REPORT_COMMENTS, LocalDate.of(2027, 7, 2), "the application", null);
        assertThat(ex.variable(PAY_DECISION_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-07-09T16:00:00Z")));
    }

    @Test
    void aStepItDoesNotKnowIsAModellingError() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L).at("Task_SomethingElse");
        assertThatThrownBy(() -> delegate.execute(ex.execution())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Task_SomethingElse uses noAnswerGivenDelegate");
        verifyNoInteractions(unanswered);
    }
}
