package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** processes/appraisal-cycle.bpmn and appraisal-launch.bpmn: keys, variables, and starting a case. */
@Component
public class AppraisalCycleProcess implements AppraisalLaunch.CaseStarter {

    public static final String KEY = "appraisal-cycle";
    public static final String LAUNCH_KEY = "appraisal-launch";
    /** The employee has left: the case ends wherever it is (event subprocess SubProcess_EmployeeLeft). */
    public static final String MESSAGE_EMPLOYEE_LEFT = "AppraisalEmployeeLeft";

    /** An appraisal case's business key: AppraisalPeriod.businessKey. A launch's: the year, and for whom (trust, a school, one person). */
    public static String launchBusinessKey(String period, AppraisalLaunch.Scope scope, Object target) {
        return launchRef(period) + "-" + scope + (scope == AppraisalLaunch.Scope.TRUST ? "" : "-" + target);
    }

    /** What a launch's summary notification names: the appraisal year launched. */
    static String launchRef(String period) {
        return "LAUNCH-" + period;
    }

    /** Variables: ids, who does what, what gateways and timers read, and the forms' fields (same names). */
    public static final class Vars {
        public static final String STAFF_ID = "staffId";
        public static final String PERIOD_START = "periodStart";
        public static final String PERIOD_END = "periodEnd";
        public static final String LAUNCHED_BY = "launchedBy";
        public static final String APPRAISAL_ID = "appraisalId";
        public static final String STAFF_NAME = "staffName";
        public static final String EMPLOYEE = "employee";
        public static final String HEADTEACHER = "headteacher";
        /** A headteacher's or the CEO's appraisal: the trust's appraisers, not a school's, appraise. */
        public static final String APPRAISED_BY_TRUST = "appraisedByTrust";
        /** What the objectives should follow (career-stage expectations, teacher areas...), shown on the draft form. */
        public static final String OBJECTIVE_GUIDANCE = "objectiveGuidance";
        /** The trust's most objectives: the draft and settlement forms show that many. */
        public static final String MAX_OBJECTIVES = "maxObjectives";
        public static final String HR_ADVISER = "hrAdviser";
        public static final String APPRAISER = "appraiser";
        public static final String APPRAISER_NAME = "appraiserName";
        public static final String APPRAISER_STAFF_ID = "appraiserStaffId";
        /** Whom the choice of the appraiser proposes (the line manager), by name, or "nobody". */
        public static final String PROPOSED_APPRAISER_NAME = "proposedAppraiserName";
        /** Whom the headteacher may choose as appraiser, by name (a select's options). */
        public static final String APPRAISER_OPTIONS = "appraiserOptions";
        public static final String PAY_DECIDER = "payDecider";
        public static final String ROLE = "role";
        public static final String CAREER_STAGE = "careerStage";
        public static final String OBJECTIVE_FOCUS = "objectiveFocus";
        public static final String OBJECTIVES_SUMMARY = "objectivesSummary";
        public static final String OBJECTIVES_AGREED = "objectivesAgreed";
        public static final String AGREEMENT = "agreement";
        public static final String OBJECTION = "objection";
        public static final String SETTLEMENT = "objectivesSettlement";
        public static final String SETTLEMENT_NOTE = "settlementNote";
        public static final String DEVELOPMENT_OBJECTIVE = "developmentObjective";
        /** The choices of "which objective is the professional-development one": the trust's slots, or none. */
        public static final String DEVELOPMENT_OBJECTIVE_OPTIONS = "developmentObjectiveOptions";
        /** Which objective is the professional-development one, for the employee's agreement form. */
        public static final String DEVELOPMENT_OBJECTIVE_NOTE = "developmentObjectiveNote";
        public static final String APPRAISER_DUE_AT = "appraiserDueAt";
        public static final String OBJECTIVES_DUE_AT = "objectivesDueAt";
        public static final String OBJECTIVES_ESCALATE_AT = "objectivesEscalateAt";
        public static final String INTERIM_DUE_AT = "interimDueAt";
        public static final String INTERIM_COMMENTS_DUE_AT = "interimCommentsDueAt";
        public static final String ANNUAL_OPENS_AT = "annualOpensAt";
        public static final String PERIOD_END_AT = "periodEndAt";
        public static final String IN_YEAR_ACTION = "inYearAction";
        public static final String CONCERN_DESCRIPTION = "concernDescription";
        public static final String MEETING_AT = "meetingAt";
        public static final String OBJECTIVES_NOT_MET = "objectivesNotMet";
        public static final String OBJECTIVES_PARTLY_MET = "objectivesPartlyMet";
        public static final String UNDER_CAPABILITY = "underCapability";
        public static final String SUGGESTED_PAY = "suggestedPay";
        public static final String PAY_RECOMMENDATION = "payRecommendation";
        public static final String PAY_REASONS = "payReasons";
        public static final String REPORT_ID = "reportId";
        public static final String COMMENTS_DUE_AT = "commentsDueAt";
        public static final String PAY_DECISION_DUE_AT = "payDecisionDueAt";
        public static final String PAY_DECISION = "payDecision";
        public static final String APPEAL_DEADLINE = "appealDeadline";
        public static final String APPEALED = "appealed";
        public static final String PAY_REVIEW_DUE_AT = "payReviewDueAt";
        public static final String PAY_REVIEW_UPHELD = "payReviewUpheld";
        public static final String HEARING_REQUEST_DEADLINE = "hearingRequestDeadline";
        public static final String HEARING_REQUESTED = "hearingRequested";
        public static final String HEARING_INVITE_DUE_AT = "hearingInviteDueAt";
        public static final String APPEAL_HEARING_DUE_AT = "appealHearingDueAt";
        /** The employee answers the objectives (first set or revised in the year) by then, or they stand unanswered. */
        public static final String AGREEMENT_DUE_AT = "agreementDueAt";
        public static final String AGREEMENT_DUE_TEXT = "agreementDueText";
        public static final String INTERIM_COMMENTS_DUE_TEXT = "interimCommentsDueText";
        public static final String COMMENTS_DUE_TEXT = "commentsDueText";
        /** The interim review found the objectives must change: the appraiser revises them by revisionDueAt. */
        public static final String INTERIM_CHANGES_NEEDED = "interimChangesNeeded";
        public static final String REVISION_DUE_AT = "revisionDueAt";
        /** The appraiser planned another interim review; its task comes up at nextInterimReviewAt. */
        public static final String ANOTHER_INTERIM_REVIEW = "anotherInterimReview";
        public static final String NEXT_INTERIM_REVIEW_AT = "nextInterimReviewAt";
        /** Form fields: the date of another interim review (optional), why objectives are revised in the year. */
        public static final String NEXT_REVIEW_ON = "nextReviewOn";
        public static final String REVISION_REASON = "revisionReason";

        private Vars() {
        }
    }

    /** In-year actions of the form appraisal-in-year. */
    public enum InYearAction { OBSERVATION, EVIDENCE, REVISE_OBJECTIVE, RAISE_CONCERN }

    private final RuntimeService runtime;
    private final IdentityService identity;

    AppraisalCycleProcess(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /**
     * Starts the case as the application, not as the launcher: AppraisalLaunch has already decided who
     * may launch for whom, and repeating the engine's authorization checks for each of thousands of cases
     * was over a quarter of each case's launch time (5.0 of 17.6 ms on H2, README "Benchmark"). Who
     * launched is kept as launchedBy.
     */
    @Override
    public void start(String businessKey, String staffId, AppraisalPeriod period, String launchedBy) {
        AsApplication.run(identity, () -> runtime.createProcessInstanceByKey(KEY).businessKey(businessKey)
                .setVariables(Map.of(Vars.STAFF_ID, staffId, Vars.PERIOD_START, period.start().toString(),
                        Vars.PERIOD_END, period.end().toString(), Vars.LAUNCHED_BY, launchedBy))
                .execute());
    }

    static long appraisalId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.APPRAISAL_ID)).longValue();
    }

    static String text(VariableScope scope, String name) {
        return CaseVariables.text(scope, name);
    }

    static LocalDate date(VariableScope scope, String name) {
        return CaseVariables.date(scope, name);
    }

    static Date morningOf(LocalDate date) {
        return CaseVariables.morningOf(date);
    }

    /** The day a stored date-time falls on, in the schools' time zone. */
    static LocalDate dayOf(Date date) {
        return date.toInstant().atZone(SchoolTime.ZONE).toLocalDate();
    }

    /** The end of a day, for windows that stay open all that day. */
    static Date endOf(LocalDate date) {
        return Date.from(date.atTime(17, 0).atZone(SchoolTime.ZONE).toInstant());
    }

    static Date at(LocalDateTime time) {
        return Date.from(time.atZone(SchoolTime.ZONE).toInstant());
    }

    /** The objective slots of the draft, settlement and revision forms (as many as any trust may allow); an empty slot is no objective. */
    static List<Objective> objectivesOnForm(VariableScope scope) {
        List<Objective> objectives = new ArrayList<>();
        String development = text(scope, Vars.DEVELOPMENT_OBJECTIVE);
        for (int slot = 1; slot <= TrustPolicy.OBJECTIVE_SLOTS; slot++) {
            String objective = text(scope, "objective" + slot);
            if (objective != null) {
                objectives.add(new Objective(slot, objective, text(scope, "criteria" + slot), text(scope, "assessment" + slot),
                        String.valueOf(slot).equals(development)));
            }
        }
        if (development != null && !"NONE".equals(development)
                && objectives.stream().noneMatch(Objective::professionalDevelopment)) {
            throw new InvalidInputException("Objective " + development + " is empty: choose one of the objectives set as the "
                    + "professional-development objective, or none");
        }
        return objectives;
    }

    /**
     * After objectives are recorded (drafted, settled or revised): what the employee's answer form shows, and the
     * day the employee answers by (the trust's days for comments), or the objectives stand unanswered.
     */
    static void objectivesRecorded(VariableScope scope, String summary, String developmentNote, LocalDate answerDue) {
        scope.setVariable(Vars.OBJECTIVES_SUMMARY, summary);
        scope.setVariable(Vars.DEVELOPMENT_OBJECTIVE_NOTE, developmentNote);
        scope.setVariable(Vars.AGREEMENT_DUE_AT, endOf(answerDue));
        scope.setVariable(Vars.AGREEMENT_DUE_TEXT, WorkingDays.spoken(answerDue));
    }

    /** The employee's answer to objectives (first set or revised): agreed or not; anything else is refused. */
    static boolean agreed(VariableScope scope) {
        String agreement = text(scope, Vars.AGREEMENT);
        if (!"AGREE".equals(agreement) && !"DISAGREE".equals(agreement)) {
            throw new InvalidInputException("Say whether you agree the objectives");
        }
        return "AGREE".equals(agreement);
    }
}
