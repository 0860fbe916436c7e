package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.staff.StaffDirectory;

/** The choices the appraisal's forms show, worked out from the case when the form is opened. */
class AppraisalFormValuesTest {

    private final StaffDirectory directory = mock(StaffDirectory.class);

    @Test
    void theAppraiserIsChosenFromTheSchoolsStaffAndTheCentralTeamOtherThanTheEmployee() {
        when(directory.find("E1004")).thenReturn(Optional.of(AMY));
        when(directory.schoolAndCentralTeam(any(), any())).thenReturn(List.of(AMY, TOM, HELEN, SARAH, ROB_AT_RIVERSIDE));

        Map<String, TypedValue> values = new ChooseAppraiserFormValues(directory).valuesFor(FakeExecution.with(STAFF_ID, "E1004").execution());

        assertThat(json(values, APPRAISER_OPTIONS.name())).as("by name, not Amy herself nor another school")
                .contains("Tom Bennett (teacher)", "\"value\":\"E1002\"", "Helen Carter", "Sarah Whitfield")
                .doesNotContain("Amy Hughes", "Rob Price");
    }

    @Test
    void someoneNoLongerInTheDirectoryIsOfferedNoChoices() {
        when(directory.find("E1004")).thenReturn(Optional.empty());

        assertThat(new ChooseAppraiserFormValues(directory).valuesFor(FakeExecution.with(STAFF_ID, "E1004").execution()))
                .doesNotContainKey(APPRAISER_OPTIONS.name());
    }

    @Test
    void theProposedAppraiserIsNamedAsTheDirectoryNamesThemOrNobody() {
        when(directory.find("E1004")).thenReturn(Optional.of(AMY));
        when(directory.find("E1002")).thenReturn(Optional.of(TOM));
        when(directory.find("E1999")).thenReturn(Optional.empty());
        var form = new ChooseAppraiserFormValues(directory);

        assertThat(form.valuesFor(FakeExecution.with(STAFF_ID, "E1004", APPRAISER_STAFF_ID, "E1002").execution())
                .get(PROPOSED_APPRAISER_NAME.name()).getValue()).isEqualTo("Tom Bennett");
        assertThat(form.valuesFor(FakeExecution.with(STAFF_ID, "E1004").execution()).get(PROPOSED_APPRAISER_NAME.name()).getValue())
                .as("nobody proposed").isEqualTo("nobody");
        assertThat(form.valuesFor(FakeExecution.with(STAFF_ID, "E1004", APPRAISER_STAFF_ID, "E1999").execution())
                .get(PROPOSED_APPRAISER_NAME.name()).getValue()).as("no longer in the directory").isEqualTo("nobody");
    }

    @Test
    void theYearsDaysAreSaidInWordsFromTheDatesTheCaseKeeps() {
        Map<String, TypedValue> values = new YearDatesFormValues().valuesFor(FakeExecution.with(PERIOD_START, "2026-09-01",
                PERIOD_END, "2027-08-31", OBJECTIVES_DUE_AT, AppraisalCycleProcess.endOf(LocalDate.of(2026, 10, 31))).execution());

        assertThat(values.get(PERIOD_START_TEXT.name()).getValue()).isEqualTo("Tuesday 1 September 2026");
        assertThat(values.get(PERIOD_END_TEXT.name()).getValue()).isEqualTo("Tuesday 31 August 2027");
        assertThat(values.get(OBJECTIVES_DUE_TEXT.name()).getValue()).as("the day in London, not in UTC")
                .isEqualTo("Saturday 31 October 2026");
        assertThat(new YearDatesFormValues().valuesFor(FakeExecution.with(PERIOD_END, "2027-08-31").execution()))
                .as("only the days the case has").containsOnlyKeys(PERIOD_END_TEXT.name());
    }

    @Test
    void theDevelopmentObjectiveIsOneOfTheObjectivesTheCaseAllowsOrNone() {
        Map<String, TypedValue> values = new ObjectiveSlotsFormValues().valuesFor(FakeExecution.with(MAX_OBJECTIVES, 3).execution());

        assertThat(json(values, DEVELOPMENT_OBJECTIVE_OPTIONS.name())).as("the trust's three objectives, then none")
                .contains("Objective 1", "Objective 3", "None this year").doesNotContain("Objective 4");
        assertThat(new ObjectiveSlotsFormValues().valuesFor(FakeExecution.with().execution())).as("a case without its most").isEmpty();
    }

    private static String json(Map<String, TypedValue> values, String name) {
        return ((SerializableValue) values.get(name)).getValueSerialized().toString();
    }
}
