package uk.staffcareers.policy;

import java.math.BigDecimal;
import java.time.MonthDay;

import org.hibernate.validator.constraints.Range;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * A trust's policy settings: the deadlines and durations its processes work to. The defaults are
 * the source documents' values (the trust's performance-management policy and the HLTA scheme);
 * where they are silent, what an HR adviser would expect. Each setting's bounds are its annotations, checked where
 * settings come in (PolicyController's @Valid, PolicySettings.update); a refusal names every setting that is wrong.
 *
 * @param objectivesDeadline             objectives agreed by this date of the appraisal year (31 October)
 * @param objectivesEscalationWorkingDays after the deadline, the appraiser has been reminded; this many working days later the headteacher is alerted
 * @param interimReviewPercent           the formal interim review falls due this far into the period (50: the mid-point)
 * @param appealWindowWorkingDays        an appeal against a pay decision is allowed this long after the employee is told (10)
 * @param informalSupportMaxWeeks        the longest informal support period before a progress review (6)
 * @param supportExtensionsAllowed       how often the informal support may be extended (1)
 * @param reviewReminderWorkingDays      the reviewer is reminded this long before a review date
 * @param capabilityNoticeWorkingDays    minimum notice of a formal capability meeting (5)
 * @param capabilityMonitoringWeeks      monitoring period after a formal capability meeting (6)
 * @param hltaVisitWindowWeeks           the assessor visits within this many weeks of the final preparation day (12)
 * @param hltaPreparationDays            preparation days with the provider of preparation (3)
 * @param hltaAssessmentTasks            written assessment tasks submitted before the visit (4)
 * @param developmentCostThreshold       development costing more than this (GBP) needs the headteacher's approval
 * @param confirmDetailsWorkingDays      a new starter confirms their staff record within this many working days
 * @param ceoAppraisedWithExternalAdviser the external adviser joins the chair of trustees in appraising the CEO (off: the
 *                                       policy names the chair alone as managing the CEO; a trust may add the adviser)
 * @param annualAssessmentLeadWeeks      the annual assessment opens this long before the period ends (6)
 * @param chooseAppraiserWorkingDays     the headteacher chooses an employee's appraiser within this many working days (5)
 * @param lateStartObjectivesWeeks       a case launched after the objectives date, or a short period, has this long to agree them (4)
 * @param commentsWorkingDays            the employee comments on an interim review or the final report within this many working days (5)
 * @param hltaVisitAlertWorkingDays      an HLTA visit not booked this many working days before the window closes goes to the LA contact (10)
 * @param maxObjectives                  the most objectives an appraiser may set for the year (3)
 * @param payReviewWorkingDays           the pay decider meets the employee and answers an appeal in writing within this many working days (10)
 * @param payHearingNoticeWorkingDays    minimum notice of a formal pay appeal hearing (5)
 * @param hltaCandidateAnswerWorkingDays an HLTA candidate proposes the visit dates, and decides on reassessment, within
 *                                       this many working days; with no answer by then the case moves on (10)
 * @param hltaTasksBeforeVisitWorkingDays the candidate's written tasks are due this many working days before the
 *                                       assessor's visit (before the window closes while no visit is booked) (5)
 * @param defaultTaskWorkingDays         a task whose model names no due date is due this many working days after it opens (10)
 * @param payDecisionWorkingDays         the pay decider decides within this many working days of the employee's comments on the report (10)
 * @param appraisalRetentionYears        a finished appraisal (objectives, reviews, report, letters) is deleted this many years
 *                                       after its period ended (6: the trust's schedule, as for personnel records)
 * @param concernRetentionYears          a finished performance concern and its capability case are deleted this many years
 *                                       after the case ended (6: the trust's schedule for capability records)
 * @param hltaRetentionYears             a finished HLTA candidacy is deleted this many years after it closed (6: product default)
 * @param developmentRetentionYears      a finished development plan is deleted this many years after it ended (6: product default)
 * @param notificationRetentionDays      a notification is deleted this many days after it was sent (365: product default)
 * @param sentMailRetentionDays          a sent mail is deleted from the outbox this many days after it went (90: product default)
 */
public record TrustPolicy(
        @NotNull(message = "is required (e.g. --10-31)") MonthDay objectivesDeadline,
        @Range(min = 1, max = 30, message = RANGE) int objectivesEscalationWorkingDays,
        @Range(min = 10, max = 90, message = RANGE) int interimReviewPercent,
        @Range(min = 1, max = 60, message = RANGE) int appealWindowWorkingDays,
        @Range(min = 1, max = 26, message = RANGE) int informalSupportMaxWeeks,
        @Range(min = 0, max = 3, message = RANGE) int supportExtensionsAllowed,
        @Range(min = 0, max = 20, message = RANGE) int reviewReminderWorkingDays,
        @Range(min = 5, max = 30, message = RANGE) int capabilityNoticeWorkingDays,
        @Range(min = 1, max = 26, message = RANGE) int capabilityMonitoringWeeks,
        @Range(min = 1, max = 52, message = RANGE) int hltaVisitWindowWeeks,
        // Registration falls between day 1 and day 2, so there are at least two.
        @Range(min = 2, max = 10, message = RANGE) int hltaPreparationDays,
        @Range(min = 1, max = 10, message = RANGE) int hltaAssessmentTasks,
        @NotNull(message = COST) @DecimalMin(value = "0", message = COST) BigDecimal developmentCostThreshold,
        @Range(min = 1, max = 30, message = RANGE) int confirmDetailsWorkingDays,
        boolean ceoAppraisedWithExternalAdviser,
        @Range(min = 2, max = 12, message = RANGE) int annualAssessmentLeadWeeks,
        @Range(min = 1, max = 20, message = RANGE) int chooseAppraiserWorkingDays,
        @Range(min = 1, max = 12, message = RANGE) int lateStartObjectivesWeeks,
        @Range(min = 1, max = 20, message = RANGE) int commentsWorkingDays,
        @Range(min = 1, max = 30, message = RANGE) int hltaVisitAlertWorkingDays,
        @Range(min = 1, max = OBJECTIVE_SLOTS, message = RANGE) int maxObjectives,
        @Range(min = 1, max = 30, message = RANGE) int payReviewWorkingDays,
        @Range(min = 1, max = 20, message = RANGE) int payHearingNoticeWorkingDays,
        @Range(min = 1, max = 30, message = RANGE) int hltaCandidateAnswerWorkingDays,
        @Range(min = 1, max = 20, message = RANGE) int hltaTasksBeforeVisitWorkingDays,
        @Range(min = 1, max = 30, message = RANGE) int payDecisionWorkingDays,
        @Range(min = 1, max = 30, message = RANGE) int defaultTaskWorkingDays,
        @Range(min = 1, max = 25, message = RANGE) int appraisalRetentionYears,
        @Range(min = 1, max = 25, message = RANGE) int concernRetentionYears,
        @Range(min = 1, max = 25, message = RANGE) int hltaRetentionYears,
        @Range(min = 1, max = 25, message = RANGE) int developmentRetentionYears,
        @Range(min = 30, max = 3650, message = RANGE) int notificationRetentionDays,
        @Range(min = 7, max = 3650, message = RANGE) int sentMailRetentionDays) {

    /** The most objectives a form offers; a trust's setting may not go beyond it. */
    public static final int OBJECTIVE_SLOTS = 5;

    public static final TrustPolicy DEFAULTS = new TrustPolicy(MonthDay.of(10, 31), 5, 50, 10, 6, 1, 2, 5, 6, 12, 3, 4,
            new BigDecimal("250.00"), 5, false,
            6, 5, 4, 5, 10, 3, 10, 5,
            10, 5, 10, 10,
            6, 6, 6, 6, 365, 90);

    private static final String RANGE = "must be {min} to {max}, not ${validatedValue}";
    private static final String COST = "must be zero or more (GBP)";
}
