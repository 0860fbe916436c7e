package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_OpenReassessment: a new attempt gets a new visit window and the tasks the policy now requires. */
class OpenReassessmentDelegateTest {

    private final Assessments assessments = mock(Assessments.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final PolicySettings policy = mock(PolicySettings.class);

    @Test
    void theNewWindowSetsTheArrangementsTimers() {
        when(calendars.forStaff("E1007")).thenReturn(WorkingDays.bankHolidaysOnly());
        when(policy.forStaff("E1007")).thenReturn(TrustPolicy.DEFAULTS);
        when(assessments.reopen(1L, "E1007")).thenReturn(new Assessments.Window(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 3, 19)));
        when(assessments.tasksRequired("E1007")).thenReturn(3);
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007");

        ex.run(new OpenReassessmentDelegate(assessments, calendars, policy));

        assertThat(ex.variable(WINDOW_TEXT)).isEqualTo("after Monday 25 January 2027 and by Friday 19 March 2027");
        assertThat(ex.variable(VISIT_WINDOW_CLOSED_AT)).isEqualTo(Date.from(Instant.parse("2027-03-22T08:30:00Z")));
        assertThat(ex.variable(ASSESSMENT_TASKS_REQUIRED)).isEqualTo(3);
    }
}
