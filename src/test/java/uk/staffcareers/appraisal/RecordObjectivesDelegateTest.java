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
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** The appraiser's objectives: drafted, settled (revised or determined) or revised in the year; the employee answers by a day. */
class RecordObjectivesDelegateTest {

    private static final List<Objective> OBJECTIVES = List.of(new Objective(1, "Lead phonics", "Groups read fluently", "Reading checks", false),
            new Objective(2, "Complete Level 3", "Level 3 awarded", "Certificate", true));
    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordObjectivesDelegate delegate = new RecordObjectivesDelegate(appraisals);

    @BeforeEach
    void theRecord() {
        when(appraisals.commentsDue(7L)).thenReturn(LocalDate.of(2026, 10, 12));
        when(appraisals.developmentObjectiveNote(7L)).thenReturn("Objective 2 is the professional-development objective");
    }

    @Test
    void aDraftIsRecordedAndTheEmployeeAnswersWithinTheTrustsDays() {
        when(appraisals.setObjectives(7L, OBJECTIVES, "DRAFT", null, "tom.bennett")).thenReturn("1. Lead phonics\n\n2. Complete Level 3");
        FakeExecution ex = objectives().at("Task_RecordObjectives");

        delegate.execute(ex.execution());

        assertThat(ex.variable(OBJECTIVES_SUMMARY)).isEqualTo("1. Lead phonics\n\n2. Complete Level 3");
        assertThat(ex.variable(DEVELOPMENT_OBJECTIVE_NOTE)).isEqualTo("Objective 2 is the professional-development objective");
        assertThat(ex.variable(AGREEMENT_DUE_AT)).isEqualTo(Date.from(Instant.parse("2026-10-12T16:00:00Z")));
        assertThat(ex.variable(AGREEMENT_DUE_TEXT)).isEqualTo("Monday 12 October 2026");
    }

    @Test
    void aSettlementRevisesOrDeterminesWithTheAppraisersNote() {
        delegate.execute(objectives().and(SETTLEMENT, "REVISE").at(RecordObjectivesDelegate.RECORD_SETTLEMENT).execution());
        verify(appraisals).setObjectives(7L, OBJECTIVES, "REVISED", "One fewer objective", "tom.bennett");

        delegate.execute(objectives().and(SETTLEMENT, "DETERMINE").at(RecordObjectivesDelegate.RECORD_SETTLEMENT).execution());
        verify(appraisals).setObjectives(7L, OBJECTIVES, "DETERMINED", "One fewer objective", "tom.bennett");
    }

    @Test
    void aSettlementThatNeitherRevisesNorDeterminesIsRefused() {
        FakeExecution ex = objectives().at(RecordObjectivesDelegate.RECORD_SETTLEMENT);
        assertThatThrownBy(() -> delegate.execute(ex.execution())).isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose to revise the objectives or to determine them");
        verifyNoInteractions(appraisals);
    }

    @Test
    void objectivesRevisedInTheYearAreRevisedWithTheReason() {
        delegate.execute(objectives().and(REVISION_REASON, "New phonics scheme").at(RecordObjectivesDelegate.RECORD_REVISION).execution());
        verify(appraisals).setObjectives(7L, OBJECTIVES, "REVISED", "New phonics scheme", "tom.bennett");
    }

    @Test
    void theDevelopmentObjectiveMustBeOneThatIsSet() {
        FakeExecution ex = objectives().and(DEVELOPMENT_OBJECTIVE, "3").at("Task_RecordObjectives");
        assertThatThrownBy(() -> delegate.execute(ex.execution())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Objective 3 is empty");
        verifyNoInteractions(appraisals);
    }

    private static FakeExecution objectives() {
        return FakeExecution.with(APPRAISAL_ID, 7L, "objective1", "Lead phonics", "criteria1", "Groups read fluently",
                "assessment1", "Reading checks", "objective2", "Complete Level 3", "criteria2", "Level 3 awarded", "assessment2",
                "Certificate", "objective3", " ", DEVELOPMENT_OBJECTIVE, "2", SETTLEMENT_NOTE, "One fewer objective").signedIn("tom.bennett");
    }
}
