package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordPracticalities: the service's answer decides "Cost approval needed?"; the end date and the reminder before it. */
class RecordPracticalitiesDelegateTest {

    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);
    private final PolicySettings policy = mock(PolicySettings.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final RecordPracticalitiesDelegate delegate = new RecordPracticalitiesDelegate(plans, policy, calendars);

    @BeforeEach
    void theSchool() {
        when(policy.forStaff("E1004")).thenReturn(TrustPolicy.DEFAULTS);
        when(calendars.forStaff("E1004")).thenReturn(WorkingDays.bankHolidaysOnly());
    }

    @Test
    void costsAboveTheThresholdNeedApprovalAndTheMentorIsReminderBeforeTheEnd() {
        when(plans.agree(1L, practicalities(PaidBy.SCHOOL, true), true, "tom.bennett"))
                .thenReturn(new DevelopmentPlans.Agreed(true, "sara.okafor", LocalDate.of(2027, 3, 19)));
        FakeExecution ex = agreed("SCHOOL");
        RecordPracticalitiesDelegate.CHECKS.forEach(check -> ex.and(check, true));

        ex.run(delegate);

        assertThat(ex.variable(COST_APPROVAL_NEEDED)).isEqualTo(true);
        assertThat(ex.variable(PAID_BY_TEXT)).isEqualTo("the school");
        assertThat(ex.variable(MENTOR)).isEqualTo("sara.okafor");
        assertThat(ex.variable(ENDS_ON)).isEqualTo(Date.from(Instant.parse("2027-03-19T17:00:00Z")));
        assertThat(ex.variable(REMINDER_AT)).as("the policy's 2 working days before").isEqualTo(Date.from(Instant.parse("2027-03-17T17:00:00Z")));
    }

    @Test
    void withinTheThresholdAndOneCheckUntickedTheServiceIsToldAndNoApprovalIsNeeded() {
        when(plans.agree(1L, practicalities(null, false), true, "tom.bennett"))
                .thenReturn(new DevelopmentPlans.Agreed(false, null, LocalDate.of(2027, 3, 19)));
        FakeExecution ex = agreed(null);

        ex.run(delegate);

        assertThat(ex.variable(COST_APPROVAL_NEEDED)).isEqualTo(false);
        assertThat(ex.variable(PAID_BY_TEXT)).isEqualTo("nobody named");
    }

    private static DevelopmentPlans.Practicalities practicalities(PaidBy paidBy, boolean allChecked) {
        return new DevelopmentPlans.Practicalities(allChecked, "E1009", "Friday afternoons", new BigDecimal("450.00"), "Travel", paidBy,
                "Level 3 awarded", "Observed practice", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 19));
    }

    private static FakeExecution agreed(String paidBy) {
        return FakeExecution.with(PLAN_ID, 1L, STAFF_ID, "E1004", MENTOR_REQUIRED, true, "mentorStaffId", "E1009", "releaseTime",
                "Friday afternoons", "cost", "450.00", "hiddenCosts", "Travel", "paidBy", paidBy, "agreedOutcomes", "Level 3 awarded",
                "successMeasures", "Observed practice", "startDate", "2027-01-11", "endDate", "2027-03-19T00:00:00").signedIn("tom.bennett");
    }
}
