package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.endOf;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.morningOf;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

import uk.staffcareers.appraisal.AppraisalCycleProcess.Vars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.VariableValues;

/**
 * The dates of an appraisal year that follow from its period and the trust's policy. One place, because
 * they are worked out when the case opens and again when the headteacher extends the period.
 */
public final class AppraisalDates {

    /** The period's end as the forms show it. */

    private AppraisalDates() {
    }

    /**
     * The policy's date (31 October of the academic year). A case launched later, or a short period, gets the
     * policy's weeks (4) from today; a mid-year starter gets them from the later of today and their first day.
     * Never after the period's end.
     */
    public static LocalDate objectivesDeadline(AppraisalPeriod period, MonthDay policyDate, LocalDate today, int lateStartWeeks) {
        LocalDate from = period.startsMidYear() && period.start().isAfter(today) ? period.start() : today;
        LocalDate earliest = from.plusWeeks(lateStartWeeks);
        LocalDate policyDay = policyDate.atYear(AppraisalPeriod.of(period.label()).start().getYear());
        LocalDate deadline = policyDay.isBefore(earliest) ? earliest : policyDay;
        return deadline.isAfter(period.end()) ? period.end() : deadline;
    }

    /**
     * The annual assessment opens the policy's weeks before the period ends, so the meeting falls before the
     * summer break; on a holiday, the school day before; never before today.
     */
    static LocalDate annualOpens(LocalDate periodEnd, TrustPolicy policy, WorkingDays days, LocalDate today) {
        LocalDate annual = days.onOrBefore(periodEnd.minusWeeks(policy.annualAssessmentLeadWeeks()));
        return annual.isBefore(today) ? today : annual;
    }

    /** periodEnd, periodEndAt and annualOpensAt for a period ending on this day. */
    static Map<String, Object> periodEndVariables(LocalDate periodEnd, TrustPolicy policy, WorkingDays days, LocalDate today) {
        return VariableValues.of().with(Vars.PERIOD_END, periodEnd).with(Vars.PERIOD_END_AT, endOf(periodEnd))
                .with(Vars.ANNUAL_OPENS_AT, morningOf(annualOpens(periodEnd, policy, days, today))).asMap();
    }
}
