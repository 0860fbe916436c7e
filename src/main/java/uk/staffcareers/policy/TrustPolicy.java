package uk.staffcareers.policy;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import uk.staffcareers.InvalidInputException;

/**
 * A trust's policy settings: the deadlines and durations its processes work to. The defaults are
 * the source documents' values (the trust's performance-management policy and the HLTA scheme);
 * where they are silent, what an HR adviser would expect.
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
 */
public record TrustPolicy(
        MonthDay objectivesDeadline,
        int objectivesEscalationWorkingDays,
        int interimReviewPercent,
        int appealWindowWorkingDays,
        int informalSupportMaxWeeks,
        int supportExtensionsAllowed,
        int reviewReminderWorkingDays,
        int capabilityNoticeWorkingDays,
        int capabilityMonitoringWeeks,
        int hltaVisitWindowWeeks,
        int hltaPreparationDays,
        int hltaAssessmentTasks,
        BigDecimal developmentCostThreshold,
        int confirmDetailsWorkingDays,
        boolean ceoAppraisedWithExternalAdviser,
        int annualAssessmentLeadWeeks,
        int chooseAppraiserWorkingDays,
        int lateStartObjectivesWeeks,
        int commentsWorkingDays,
        int hltaVisitAlertWorkingDays,
        int maxObjectives,
        int payReviewWorkingDays,
        int payHearingNoticeWorkingDays,
        int hltaCandidateAnswerWorkingDays,
        int hltaTasksBeforeVisitWorkingDays,
        int payDecisionWorkingDays,
        int defaultTaskWorkingDays) {

    /** The most objectives a form offers; a trust's setting may not go beyond it. */
    public static final int OBJECTIVE_SLOTS = 5;

    public static final TrustPolicy DEFAULTS = new TrustPolicy(MonthDay.of(10, 31), 5, 50, 10, 6, 1, 2, 5, 6, 12, 3, 4,
            new BigDecimal("250.00"), 5, false,
            6, 5, 4, 5, 10, 3, 10, 5,
            10, 5, 10, 10);

    /** Refuses settings no school could work to, naming every one that is wrong. */
    public TrustPolicy validated() {
        List<String> problems = new ArrayList<>();
        if (objectivesDeadline == null) {
            problems.add("objectivesDeadline is required (e.g. --10-31)");
        }
        range(problems, "objectivesEscalationWorkingDays", objectivesEscalationWorkingDays, 1, 30);
        range(problems, "interimReviewPercent", interimReviewPercent, 10, 90);
        range(problems, "appealWindowWorkingDays", appealWindowWorkingDays, 1, 60);
        range(problems, "informalSupportMaxWeeks", informalSupportMaxWeeks, 1, 26);
        range(problems, "supportExtensionsAllowed", supportExtensionsAllowed, 0, 3);
        range(problems, "reviewReminderWorkingDays", reviewReminderWorkingDays, 0, 20);
        range(problems, "capabilityNoticeWorkingDays", capabilityNoticeWorkingDays, 5, 30);
        range(problems, "capabilityMonitoringWeeks", capabilityMonitoringWeeks, 1, 26);
        range(problems, "hltaVisitWindowWeeks", hltaVisitWindowWeeks, 1, 52);
        // Registration falls between day 1 and day 2, so there are at least two.
        range(problems, "hltaPreparationDays", hltaPreparationDays, 2, 10);
        range(problems, "hltaAssessmentTasks", hltaAssessmentTasks, 1, 10);
        range(problems, "confirmDetailsWorkingDays", confirmDetailsWorkingDays, 1, 30);
        range(problems, "annualAssessmentLeadWeeks", annualAssessmentLeadWeeks, 2, 12);
        range(problems, "chooseAppraiserWorkingDays", chooseAppraiserWorkingDays, 1, 20);
        range(problems, "lateStartObjectivesWeeks", lateStartObjectivesWeeks, 1, 12);
        range(problems, "commentsWorkingDays", commentsWorkingDays, 1, 20);
        range(problems, "hltaVisitAlertWorkingDays", hltaVisitAlertWorkingDays, 1, 30);
        range(problems, "maxObjectives", maxObjectives, 1, OBJECTIVE_SLOTS);
        range(problems, "payReviewWorkingDays", payReviewWorkingDays, 1, 30);
        range(problems, "payHearingNoticeWorkingDays", payHearingNoticeWorkingDays, 1, 20);
        range(problems, "hltaCandidateAnswerWorkingDays", hltaCandidateAnswerWorkingDays, 1, 30);
        range(problems, "hltaTasksBeforeVisitWorkingDays", hltaTasksBeforeVisitWorkingDays, 1, 20);
        range(problems, "payDecisionWorkingDays", payDecisionWorkingDays, 1, 30);
        range(problems, "defaultTaskWorkingDays", defaultTaskWorkingDays, 1, 30);
        if (developmentCostThreshold == null || developmentCostThreshold.signum() < 0) {
            problems.add("developmentCostThreshold must be zero or more (GBP)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Policy settings refused: " + String.join("; ", problems));
        }
        return this;
    }

    private static void range(List<String> problems, String name, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(name + " must be " + min + " to " + max + ", not " + value);
        }
    }
}
