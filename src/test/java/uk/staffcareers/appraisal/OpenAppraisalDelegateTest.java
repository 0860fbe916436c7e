package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;

/** Opening the record sets who is involved (the gateway "Appraiser known?" reads appraisedByTrust) and the year's dates. */
class OpenAppraisalDelegateTest {

    private static final AppraisalPeriod YEAR = new AppraisalPeriod("2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));

    private final Appraisals appraisals = mock(Appraisals.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final OpenAppraisalDelegate delegate = new OpenAppraisalDelegate(appraisals, directory, calendars);

    @BeforeEach
    void theTrust() {
        when(appraisals.now()).thenReturn(LocalDateTime.of(2026, 9, 7, 9, 0));
        when(calendars.forTrust("lt2")).thenReturn(WorkingDays.bankHolidaysOnly());
        when(directory.schoolNameOf(AMY)).thenReturn("Oakfield Primary");
        when(directory.schoolNameOf(HELEN)).thenReturn("Oakfield Primary");
        when(directory.schoolAndCentralTeam(any(), any())).thenReturn(List.of(AMY, TOM, HELEN, SARAH, ROB_AT_RIVERSIDE));
        when(directory.find("E1002")).thenReturn(Optional.of(TOM));
        when(directory.findByUsername("sarah.whitfield")).thenReturn(Optional.of(SARAH));
    }

    @Test
    void aSchoolsEmployeeIsOpenedForTheHeadteacherToChooseTheAppraiser() {
        when(appraisals.open("E1004", YEAR, Actor.user("kate.morgan"))).thenReturn(new Appraisals.Opened(7L, AMY, YEAR,
                TrustPolicy.DEFAULTS, "helen.carter", false, null, "E1002", "helen.carter", "kate.morgan", List.of()));
        FakeExecution ex = launched("E1004");

        ex.run(delegate);

        assertThat(ex.variable(APPRAISAL_ID)).isEqualTo(7L);
        assertThat(ex.variable(STAFF_NAME)).isEqualTo("Amy Hughes");
        assertThat(ex.variable(CaseLabels.SCHOOL_NAME)).isEqualTo("Oakfield Primary");
        assertThat(ex.variable(EMPLOYEE)).isEqualTo("amy.hughes");
        assertThat(ex.variable(ROLE)).isEqualTo("TEACHING_ASSISTANT");
        assertThat(ex.variable(CAREER_STAGE)).isEqualTo("CORE");
        assertThat(ex.variable(HEADTEACHER)).isEqualTo("helen.carter");
        assertThat(ex.variable(APPRAISED_BY_TRUST)).isEqualTo(false);
        assertThat(ex.variable(HR_ADVISER)).isEqualTo("kate.morgan");
        assertThat(ex.variable(PAY_DECIDER)).isEqualTo("helen.carter");
        assertThat(ex.has(APPRAISER)).as("the headteacher chooses").isFalse();
        assertThat(ex.variable(APPRAISER_STAFF_ID)).as("the line manager, proposed").isEqualTo("E1002");
        assertThat(ex.has(APPRAISER_OPTIONS)).as("the form's choices are worked out when it is opened").isFalse();
        assertThat(ex.has(PROPOSED_APPRAISER_NAME)).as("and the name of whom it proposes").isFalse();
        assertThat(ex.has(DEVELOPMENT_OBJECTIVE_OPTIONS)).isFalse();
    }

    @Test
    void theYearsDatesComeFromThePolicyAndTheSchoolCalendar() {
        when(appraisals.open("E1004", YEAR, Actor.user("kate.morgan"))).thenReturn(new Appraisals.Opened(7L, AMY, YEAR,
                TrustPolicy.DEFAULTS, "helen.carter", false, null, "E1002", "helen.carter", "kate.morgan", List.of()));
        FakeExecution ex = launched("E1004");

        ex.run(delegate);

        assertThat(ex.variable(APPRAISER_DUE_AT)).as("5 working days from Monday 7 September, in the morning")
                .isEqualTo(Date.from(Instant.parse("2026-09-14T07:30:00Z")));
        assertThat(ex.variable(OBJECTIVES_DUE_AT)).as("the policy's 31 October").isEqualTo(Date.from(Instant.parse("2026-10-31T17:00:00Z")));
        assertThat(ex.variable(OBJECTIVES_ESCALATE_AT)).as("5 working days after the deadline")
                .isEqualTo(Date.from(Instant.parse("2026-11-06T17:00:00Z")));
        assertThat(ex.variable(INTERIM_DUE_AT)).as("half way through the year").isEqualTo(Date.from(Instant.parse("2027-03-02T17:00:00Z")));
        assertThat(ex.variable(ANNUAL_OPENS_AT)).as("6 weeks before the period ends").isEqualTo(Date.from(Instant.parse("2027-07-20T07:30:00Z")));
        assertThat(ex.variable(PERIOD_END_AT)).isEqualTo(Date.from(Instant.parse("2027-08-31T16:00:00Z")));
        assertThat(ex.variable("periodLabel")).isEqualTo("2026/27");
        assertThat(ex.has(PERIOD_START_TEXT) || ex.has(PERIOD_END_TEXT) || ex.has(OBJECTIVES_DUE_TEXT))
                .as("the days in words are worked out when a form opens").isFalse();
        assertThat(ex.variable(MAX_OBJECTIVES)).as("the trust's most objectives, which the draft form offers").isEqualTo(3);
    }

    @Test
    void aHeadteacherIsAppraisedByTheTrustWhoseAppraiserIsKnownAtOnce() {
        when(appraisals.open("E1001", YEAR, Actor.user("kate.morgan"))).thenReturn(new Appraisals.Opened(8L, HELEN, YEAR,
                TrustPolicy.DEFAULTS, "john.ashworth", true, "sarah.whitfield", null, "john.ashworth", "kate.morgan", List.of()));
        FakeExecution ex = launched("E1001");

        ex.run(delegate);

        assertThat(ex.variable(APPRAISED_BY_TRUST)).isEqualTo(true);
        assertThat(ex.variable(APPRAISER)).isEqualTo("sarah.whitfield");
        assertThat(ex.variable(APPRAISER_NAME)).isEqualTo("Sarah Whitfield");
        assertThat(ex.variable(HEADTEACHER)).as("who oversees it: the chair of trustees").isEqualTo("john.ashworth");
        assertThat(ex.variable(PAY_DECIDER)).isEqualTo("john.ashworth");
        assertThat(ex.variable(CAREER_STAGE)).isNull();
        assertThat(ex.has(APPRAISER_STAFF_ID)).isFalse();
        assertThat(ex.has(APPRAISER_OPTIONS)).isFalse();
    }

    @Test
    void whoeverSignedInToStartTheCaseIsTheLauncherWhateverTheVariableSays() {
        when(appraisals.open("E1004", YEAR, Actor.user("helen.carter"))).thenReturn(new Appraisals.Opened(7L, AMY, YEAR,
                TrustPolicy.DEFAULTS, "helen.carter", false, null, null, "helen.carter", "kate.morgan", List.of()));
        FakeExecution ex = launched("E1004").signedIn("helen.carter");

        ex.run(delegate);

        assertThat(ex.variable(APPRAISAL_ID)).isEqualTo(7L);
        assertThat(ex.variable(APPRAISER_STAFF_ID)).as("nobody proposed").isNull();
    }

    private static FakeExecution launched(String staffId) {
        return FakeExecution.with(STAFF_ID, staffId, PERIOD_START, "2026-09-01", PERIOD_END, "2027-08-31", LAUNCHED_BY, "kate.morgan");
    }
}
