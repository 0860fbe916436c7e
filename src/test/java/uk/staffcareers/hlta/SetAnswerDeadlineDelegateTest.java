package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_SetProposalDeadline and Task_SetReassessmentDeadline: the candidate answers within the policy's working days from today. */
class SetAnswerDeadlineDelegateTest {

    /** Monday 11 January 2027. */
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2027-01-11T10:00:00Z"), ZoneId.of("Europe/London"));
    private final PolicySettings policy = mock(PolicySettings.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final SetAnswerDeadlineDelegate delegate = new SetAnswerDeadlineDelegate(policy, calendars, MONDAY);

    @BeforeEach
    void theSchool() {
        when(policy.forStaff("E1007")).thenReturn(TrustPolicy.DEFAULTS);
        when(calendars.forStaff("E1007")).thenReturn(WorkingDays.bankHolidaysOnly());
    }

    @Test
    void theVisitDatesAreDueTenWorkingDaysOnAndMissedTheNextSchoolDay() {
        FakeExecution ex = step("VISIT_DATES");
        ex.run(delegate);
        assertThat(ex.variable(VISIT_DATES_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-01-25T08:30:00Z")));
        assertThat(ex.variable(VISIT_DATES_MISSED_AT)).isEqualTo(Date.from(Instant.parse("2027-01-26T08:30:00Z")));
        assertThat(ex.has(REASSESSMENT_DUE_AT)).isFalse();
    }

    @Test
    void theReassessmentAnswerHasItsOwnDays() {
        FakeExecution ex = step("REASSESSMENT");
        ex.run(delegate);
        assertThat(ex.variable(REASSESSMENT_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-01-25T08:30:00Z")));
        assertThat(ex.variable(REASSESSMENT_MISSED_AT)).isEqualTo(Date.from(Instant.parse("2027-01-26T08:30:00Z")));
        assertThat(ex.has(VISIT_DATES_DUE_AT)).isFalse();
    }

    @Test
    void aStepWithItsOwnLastDayIsAModellingError() {
        assertThatThrownBy(() -> step("REGISTRATION").run(delegate)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("REGISTRATION has its own last day");
    }

    private static FakeExecution step(String step) {
        return FakeExecution.with(STAFF_ID, "E1007", CANDIDATE_STEP, step);
    }
}
