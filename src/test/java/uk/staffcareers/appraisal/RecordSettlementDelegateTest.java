package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;
import static uk.staffcareers.appraisal.RecordDraftObjectivesDelegateTest.OBJECTIVES;
import static uk.staffcareers.appraisal.RecordDraftObjectivesDelegateTest.objectives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordSettlement: after the employee disagreed, the appraiser revises or determines the objectives, with a note. */
class RecordSettlementDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordSettlementDelegate delegate = new RecordSettlementDelegate(appraisals);

    @Test
    void aSettlementRevisesOrDeterminesWithTheAppraisersNote() {
        when(appraisals.commentsDue(7L)).thenReturn(LocalDate.of(2026, 10, 12));
        FakeExecution revised = objectives().and(SETTLEMENT, "REVISE");
        revised.run(delegate);
        verify(appraisals).setObjectives(7L, OBJECTIVES, "REVISED", "One fewer objective", "tom.bennett");
        assertThat(revised.variable(AGREEMENT_DUE_AT)).isEqualTo(Date.from(Instant.parse("2026-10-12T16:00:00Z")));

        objectives().and(SETTLEMENT, "DETERMINE").run(delegate);
        verify(appraisals).setObjectives(7L, OBJECTIVES, "DETERMINED", "One fewer objective", "tom.bennett");
    }

    @Test
    void aSettlementThatNeitherRevisesNorDeterminesIsRefused() {
        FakeExecution ex = objectives();
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose to revise the objectives or to determine them");
        verifyNoInteractions(appraisals);
    }
}
