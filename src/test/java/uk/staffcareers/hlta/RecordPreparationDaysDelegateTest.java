package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordPreparationDays: the booked days set the registration timers, the visit window and the written tasks' last day. */
class RecordPreparationDaysDelegateTest {

    private static final LocalDate DAY_1 = LocalDate.of(2027, 1, 11);
    private static final LocalDate DAY_2 = LocalDate.of(2027, 1, 18);
    private static final LocalDate DAY_3 = LocalDate.of(2027, 1, 25);
    private final Candidacies candidacies = mock(Candidacies.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final PolicySettings policy = mock(PolicySettings.class);
    private final RecordPreparationDaysDelegate delegate = new RecordPreparationDaysDelegate(candidacies, calendars, policy);

    @BeforeEach
    void theSchool() {
        when(calendars.forStaff("E1007")).thenReturn(WorkingDays.bankHolidaysOnly());
        when(policy.forStaff("E1007")).thenReturn(TrustPolicy.DEFAULTS);
        when(candidacies.preparationDays(1L)).thenReturn(List.of(DAY_1, DAY_2, DAY_3));
        when(candidacies.registrationDates(1L)).thenReturn(new Candidacies.RegistrationDates(DAY_1, DAY_2, false));
    }

    @Test
    void theBookedDaysSetEveryTimerOfTheArrangements() {
        List<LocalDate> given = new ArrayList<>(List.of(DAY_1, DAY_2, DAY_3));
        given.addAll(Collections.nCopies(7, null));
        when(candidacies.bookPreparation(1L, "Prime Consortium", given)).thenReturn(new Assessments.Window(DAY_3, LocalDate.of(2027, 3, 19)));
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007", "providerOfPreparation", "Prime Consortium",
                "preparationDay1", "2027-01-11", "preparationDay2", "2027-01-18", "preparationDay3", "2027-01-25");

        ex.run(delegate);

        assertThat(ex.variable(PREPARATION_DAY_1_AT)).isEqualTo(morning("2027-01-11"));
        assertThat(ex.variable(PREPARATION_DAY_2_AT)).isEqualTo(morning("2027-01-18"));
        assertThat(ex.variable(REGISTRATION_OPENS_AT)).isEqualTo(morning("2027-01-11"));
        assertThat(ex.variable(REGISTRATION_CLOSES_AT)).isEqualTo(morning("2027-01-18"));
        assertThat(ex.variable(REGISTRATION_MISSED_AT)).isEqualTo(morning("2027-01-19"));
        assertThat((String) ex.variable(REGISTRATION_DATES_TEXT)).startsWith("between preparation day 1 (Monday 11 January 2027)");
        assertThat(ex.variable(WINDOW_TEXT)).isEqualTo("after Monday 25 January 2027 and by Friday 19 March 2027");
        assertThat(ex.variable(VISIT_ESCALATION_AT)).as("10 working days before the window closes").isEqualTo(morning("2027-03-05"));
        assertThat(ex.variable(VISIT_WINDOW_CLOSED_AT)).isEqualTo(morning("2027-03-22"));
        assertThat(ex.variable(ASSESSMENT_TASKS_DUE_AT)).as("5 working days before the window's last day").isEqualTo(morning("2027-03-12"));
        assertThat(ex.variable(ASSESSMENT_TASKS_MISSED_AT)).isEqualTo(morning("2027-03-15"));
        assertThat(ex.variable(ASSESSMENT_TASKS_REQUIRED)).isEqualTo(4);
    }

    @Test
    void aWindowTooShortForTheTasksDaysMakesThemDueTheSchoolDayAfterItOpens() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007");

        HltaJourneyProcess.setVisitWindow(ex.execution(), new Assessments.Window(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 19)),
                WorkingDays.bankHolidaysOnly(), TrustPolicy.DEFAULTS);

        assertThat(ex.variable(ASSESSMENT_TASKS_DUE_AT)).isEqualTo(morning("2027-03-16"));
    }

    /** 08:30 in winter, when school time is GMT. */
    private static Date morning(String day) {
        return Date.from(Instant.parse(day + "T08:30:00Z"));
    }
}
