package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;
import static uk.staffcareers.appraisal.RecordDraftObjectivesDelegateTest.OBJECTIVES;
import static uk.staffcareers.appraisal.RecordDraftObjectivesDelegateTest.objectives;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordRevisedObjectives: objectives revised after an interim review, with the reason; the employee answers again. */
class RecordRevisedObjectivesDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordRevisedObjectivesDelegate delegate = new RecordRevisedObjectivesDelegate(appraisals);

    @Test
    void objectivesRevisedInTheYearAreRevisedWithTheReason() {
        when(appraisals.commentsDue(7L)).thenReturn(LocalDate.of(2027, 2, 1));
        when(appraisals.setObjectives(7L, OBJECTIVES, "REVISED", "New phonics scheme", "tom.bennett")).thenReturn("1. Lead phonics");
        FakeExecution ex = objectives().and(REVISION_REASON, "New phonics scheme");

        ex.run(delegate);

        assertThat(ex.variable(OBJECTIVES_SUMMARY)).isEqualTo("1. Lead phonics");
        assertThat(ex.variable(AGREEMENT_DUE_TEXT)).isEqualTo("Monday 1 February 2027");
    }
}
