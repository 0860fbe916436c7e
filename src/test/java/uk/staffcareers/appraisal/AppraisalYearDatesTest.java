package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.appraisal.AppraisalCycleProcess.Vars;
import uk.staffcareers.policy.ClosureDays;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/** A mid-year starter's period and deadlines, the dates an extension recomputes, and a part-timer's guidance. */
class AppraisalYearDatesTest {

    private static final AppraisalPeriod YEAR = AppraisalPeriod.of("2026/27");
    private static final MonthDay OCTOBER_31 = MonthDay.of(10, 31);

    @Test
    void aMidYearStartersPeriodStartsOnTheirFirstDaySoTheInterimPointFollows() {
        AppraisalPeriod period = YEAR.forStaff(staff(LocalDate.of(2027, 1, 4), null));
        assertThat(period).isEqualTo(new AppraisalPeriod("2026/27", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 8, 31)));
        assertThat(period.startsMidYear()).isTrue();
        // The mid-point of 4 January to 31 August, not of the academic year (1 March).
        assertThat(period.pointAt(50)).isEqualTo(LocalDate.of(2027, 5, 3));
        assertThat(period.businessKey("E1")).isEqualTo(YEAR.businessKey("E1"));
    }

    @Test
    void someoneWhoStartedBeforeTheYearOrOnItsFirstDayHasTheWholeYear() {
        assertThat(YEAR.forStaff(staff(LocalDate.of(2021, 9, 1), null))).isSameAs(YEAR);
        assertThat(YEAR.forStaff(staff(LocalDate.of(2026, 9, 1), null))).isSameAs(YEAR);
        assertThat(YEAR.startsMidYear()).isFalse();
    }

    @Test
    void aMidYearStarterOnAFixedTermContractHasBothEnds() {
        assertThat(YEAR.forStaff(staff(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 3, 31))))
                .isEqualTo(new AppraisalPeriod("2026/27", LocalDate.of(2026, 11, 2), LocalDate.of(2027, 3, 31)));
        assertThat(YEAR.forStaff(staff(LocalDate.of(2021, 9, 1), LocalDate.of(2027, 3, 31))).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aMidYearStarterHasTheLateStartWeeksFromTheLaterOfTodayAndTheirFirstDay() {
        AppraisalPeriod january = new AppraisalPeriod("2026/27", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 8, 31));
        // Launched in November for someone starting in January: four weeks from their first day.
        assertThat(AppraisalDates.objectivesDeadline(january, OCTOBER_31, LocalDate.of(2026, 11, 29), 4))
                .isEqualTo(LocalDate.of(2027, 2, 1));
        // Launched after they started: four weeks from today.
        assertThat(AppraisalDates.objectivesDeadline(january, OCTOBER_31, LocalDate.of(2027, 2, 10), 4))
                .isEqualTo(LocalDate.of(2027, 3, 10));
        // The trust's own weeks.
        assertThat(AppraisalDates.objectivesDeadline(january, OCTOBER_31, LocalDate.of(2026, 11, 29), 6))
                .isEqualTo(LocalDate.of(2027, 2, 15));
        // Someone starting in September still has the policy's 31 October when that is later.
        AppraisalPeriod september = new AppraisalPeriod("2026/27", LocalDate.of(2026, 9, 14), LocalDate.of(2027, 8, 31));
        assertThat(AppraisalDates.objectivesDeadline(september, OCTOBER_31, LocalDate.of(2026, 7, 1), 4))
                .isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void theWholeYearKeepsThePolicyDateOrFourWeeksFromALateLaunchNeverAfterTheEnd() {
        assertThat(AppraisalDates.objectivesDeadline(YEAR, OCTOBER_31, LocalDate.of(2026, 9, 2), 4)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(AppraisalDates.objectivesDeadline(YEAR, OCTOBER_31, LocalDate.of(2026, 11, 29), 4)).isEqualTo(LocalDate.of(2026, 12, 27));
        // Launched in July for the coming year: the policy's date of that year.
        assertThat(AppraisalDates.objectivesDeadline(YEAR, OCTOBER_31, LocalDate.of(2026, 7, 1), 4)).isEqualTo(LocalDate.of(2026, 10, 31));
        AppraisalPeriod shortOne = new AppraisalPeriod("2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1));
        assertThat(AppraisalDates.objectivesDeadline(shortOne, OCTOBER_31, LocalDate.of(2026, 11, 20), 4)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anExtendedPeriodOpensTheAnnualAssessmentTheLeadWeeksBeforeItsNewEndOnASchoolDay() {
        WorkingDays days = new WorkingDays(List.of(new ClosureDays(LocalDate.of(2027, 10, 25), LocalDate.of(2027, 10, 29), "half term")));
        TrustPolicy policy = TrustPolicy.DEFAULTS;
        // Six weeks before Friday 17 December 2027 is Friday 5 November; half term pushes nothing there.
        assertThat(AppraisalDates.annualOpens(LocalDate.of(2027, 12, 17), policy, days, LocalDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2027, 11, 5));
        // Six weeks before 10 December is 29 October, in half term: the school day before.
        assertThat(AppraisalDates.annualOpens(LocalDate.of(2027, 12, 10), policy, days, LocalDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2027, 10, 22));
        // Never before today.
        assertThat(AppraisalDates.annualOpens(LocalDate.of(2027, 12, 17), policy, days, LocalDate.of(2027, 12, 1)))
                .isEqualTo(LocalDate.of(2027, 12, 1));

        var variables = AppraisalDates.periodEndVariables(LocalDate.of(2027, 12, 17), policy, days, LocalDate.of(2027, 3, 1));
        assertThat(variables).containsEntry(Vars.PERIOD_END.name(), "2027-12-17")
                .containsEntry(Vars.PERIOD_END_AT.name(), AppraisalCycleProcess.endOf(LocalDate.of(2027, 12, 17)))
                .containsEntry(Vars.ANNUAL_OPENS_AT.name(), AppraisalCycleProcess.morningOf(LocalDate.of(2027, 11, 5)));
        assertThat(variables.get(Vars.PERIOD_END_AT.name())).isInstanceOf(Date.class);
    }

    @Test
    void aPartTimersGuidanceSaysTheirShareOfFullTimeAndThatObjectivesAreInProportion() {
        StaffMember amy = staff(LocalDate.of(2021, 9, 1), null);
        assertThat(WorkingPatternNote.of(amy, new BigDecimal("0.60"))).isEqualTo("\n\n**Amy Hughes works 0.6 of full time (3 days a "
                + "week)**: objectives and their success criteria should be proportionate to the hours worked.");
        assertThat(WorkingPatternNote.of(amy, new BigDecimal("0.5"))).contains("works 0.5 of full time (2.5 days a week)");
        assertThat(WorkingPatternNote.of(amy, new BigDecimal("0.2"))).contains("(1 day a week)");
        assertThat(WorkingPatternNote.of(amy, new BigDecimal("1.00"))).isEmpty();
        assertThat(WorkingPatternNote.of(amy, null)).isEmpty();
    }

    private static StaffMember staff(LocalDate startDate, LocalDate contractEnd) {
        return new StaffMember("E1", "amy.hughes", "Amy", "Hughes", "amy@example.org", "lt2", "oakfield", Role.TEACHING_ASSISTANT,
                CareerStage.CORE, 2, contractEnd == null ? ContractType.PERMANENT : ContractType.FIXED_TERM, contractEnd, startDate,
                null, false, false, null);
    }
}
