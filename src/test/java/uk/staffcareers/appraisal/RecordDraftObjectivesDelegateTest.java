package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordObjectives: the appraiser's draft is recorded, and the employee answers it within the trust's days. */
class RecordDraftObjectivesDelegateTest {

    /** The objectives on the form of {@link #objectives()}. */
    static final List<Objective> OBJECTIVES = List.of(new Objective(1, "Lead phonics", "Groups read fluently", "Reading checks", false),
            new Objective(2, "Complete Level 3", "Level 3 awarded", "Certificate", true));
    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordDraftObjectivesDelegate delegate = new RecordDraftObjectivesDelegate(appraisals);

    @Test
    void aDraftIsRecordedAndTheEmployeeAnswersWithinTheTrustsDays() {
        when(appraisals.commentsDue(7L)).thenReturn(LocalDate.of(2026, 10, 12));
        when(appraisals.developmentObjectiveNote(7L)).thenReturn("Objective 2 is the professional-development objective");
        when(appraisals.setObjectives(7L, OBJECTIVES, "DRAFT", null, "tom.bennett")).thenReturn("1. Lead phonics\n\n2. Complete Level 3");
        FakeExecution ex = objectives();

        ex.run(delegate);

        assertThat(ex.variable(OBJECTIVES_SUMMARY)).isEqualTo("1. Lead phonics\n\n2. Complete Level 3");
        assertThat(ex.variable(DEVELOPMENT_OBJECTIVE_NOTE)).isEqualTo("Objective 2 is the professional-development objective");
        assertThat(ex.variable(AGREEMENT_DUE_AT)).isEqualTo(Date.from(Instant.parse("2026-10-12T16:00:00Z")));
        assertThat(ex.variable(AGREEMENT_DUE_TEXT)).isEqualTo("Monday 12 October 2026");
    }

    @Test
    void theDevelopmentObjectiveMustBeOneThatIsSet() {
        FakeExecution ex = objectives().and(DEVELOPMENT_OBJECTIVE, "3");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Objective 3 is empty");
        verifyNoInteractions(appraisals);
    }

    /** The form as the appraiser filled it: two objectives, an empty third slot, the second for professional development. */
    static FakeExecution objectives() {
        return FakeExecution.with(APPRAISAL_ID, 7L, "objective1", "Lead phonics", "criteria1", "Groups read fluently",
                "assessment1", "Reading checks", "objective2", "Complete Level 3", "criteria2", "Level 3 awarded", "assessment2",
                "Certificate", "objective3", " ", DEVELOPMENT_OBJECTIVE, "2", SETTLEMENT_NOTE, "One fewer objective").signedIn("tom.bennett");
    }
}
