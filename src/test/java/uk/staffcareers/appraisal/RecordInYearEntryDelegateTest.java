package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;

/** The appraiser's in-year entry: evidence, a changed objective, or a concern (which the next step starts); the form then starts empty. */
class RecordInYearEntryDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordInYearEntryDelegate delegate = new RecordInYearEntryDelegate(appraisals);

    @Test
    void anObservationIsRecordedAndTheEntrysFieldsAreCleared() {
        FakeExecution ex = entry("OBSERVATION").and("entryDate", "2026-11-03").and("observerStaffId", "E1002").and("focus", "Phonics")
                .and("feedback", "Clear modelling");

        ex.run(delegate);

        verify(appraisals).recordEvidence(7L, "OBSERVATION", LocalDate.of(2026, 11, 3), "E1002", "Phonics", "Clear modelling", "tom.bennett");
        RecordInYearEntryDelegate.ENTRY_FIELDS.forEach(field -> assertThat(ex.has(field)).as(field.name()).isFalse());
        assertThat(ex.variable(IN_YEAR_ACTION)).as("the gateway reads it next").isEqualTo("OBSERVATION");
    }

    @Test
    void aRevisedObjectiveUpdatesTheSummary() {
        when(appraisals.reviseObjective(7L, new Objective(2, "Lead Year 3 phonics", "All read", "Checks", false), "New class",
                "tom.bennett")).thenReturn("2. Lead Year 3 phonics");
        FakeExecution ex = entry("REVISE_OBJECTIVE").and("revisedSlot", "2").and("revisedObjective", "Lead Year 3 phonics")
                .and("revisedCriteria", "All read").and("revisedAssessment", "Checks").and("revisionReason", "New class");

        ex.run(delegate);

        assertThat(ex.variable(OBJECTIVES_SUMMARY)).isEqualTo("2. Lead Year 3 phonics");
        assertThat(ex.has("revisedObjective")).isFalse();
    }

    @Test
    void aConcernNeedsItsDescriptionWhichStaysForTheStepThatStartsIt() {
        assertThatThrownBy(() -> entry("RAISE_CONCERN").run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Describe the concern");

        FakeExecution ex = entry("RAISE_CONCERN").and(CONCERN_DESCRIPTION, "Planning not done");
        ex.run(delegate);
        assertThat(ex.variable(CONCERN_DESCRIPTION)).isEqualTo("Planning not done");
    }

    @Test
    void onlyTheAppraiserRaisesAConcern() {
        doThrow(new NotAllowedException("Only Tom Bennett, the appraiser, can do this")).when(appraisals).requireAppraiser(7L, "amy.hughes");
        FakeExecution ex = entry("RAISE_CONCERN").and(CONCERN_DESCRIPTION, "Planning not done").signedIn("amy.hughes");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anUnknownActionIsRefused() {
        assertThatThrownBy(() -> entry("GOSSIP").run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Choose what to record");
        verifyNoInteractions(appraisals);
    }

    private static FakeExecution entry(String action) {
        return FakeExecution.with(APPRAISAL_ID, 7L, IN_YEAR_ACTION, action).signedIn("tom.bennett");
    }
}
