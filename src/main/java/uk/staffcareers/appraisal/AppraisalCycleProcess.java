package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.ProcessVariable;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.platform.VariableValues;
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
        public static final ProcessVariable<String> STAFF_ID = ProcessVariable.text("staffId");
        public static final ProcessVariable<LocalDate> PERIOD_START = ProcessVariable.date("periodStart");
        public static final ProcessVariable<LocalDate> PERIOD_END = ProcessVariable.date("periodEnd");
        public static final ProcessVariable<String> LAUNCHED_BY = ProcessVariable.text("launchedBy");
        public static final ProcessVariable<Long> APPRAISAL_ID = ProcessVariable.id("appraisalId");
        public static final ProcessVariable<String> STAFF_NAME = ProcessVariable.text("staffName");
        public static final ProcessVariable<String> EMPLOYEE = ProcessVariable.text("employee");
        public static final ProcessVariable<String> HEADTEACHER = ProcessVariable.text("headteacher");
        /** A headteacher's or the CEO's appraisal: the trust's appraisers, not a school's, appraise. */
        public static final ProcessVariable<Boolean> APPRAISED_BY_TRUST = ProcessVariable.flag("appraisedByTrust");
        /** What the objectives should follow (career-stage expectations, teacher areas...), shown on the draft form. */
        public static final ProcessVariable<String> OBJECTIVE_GUIDANCE = ProcessVariable.text("objectiveGuidance");
        /** The trust's most objectives: the draft and settlement forms show that many. */
        public static final ProcessVariable<Integer> MAX_OBJECTIVES = ProcessVariable.number("maxObjectives");
        public static final ProcessVariable<String> HR_ADVISER = ProcessVariable.text("hrAdviser");
        public static final ProcessVariable<String> APPRAISER = ProcessVariable.text("appraiser");
        public static final ProcessVariable<String> APPRAISER_NAME = ProcessVariable.text("appraiserName");
        public static final ProcessVariable<String> APPRAISER_STAFF_ID = ProcessVariable.text("appraiserStaffId");
        /** Whom the choice of the appraiser proposes (the line manager), by name, or "nobody": worked out when the form opens. */
        public static final ProcessVariable<String> PROPOSED_APPRAISER_NAME = ProcessVariable.text("proposedAppraiserName");
        /** Whom the headteacher may choose as appraiser, by name (a select's options). */
        public static final ProcessVariable<TypedValue> APPRAISER_OPTIONS = ProcessVariable.formOptions("appraiserOptions");
        public static final ProcessVariable<String> PAY_DECIDER = ProcessVariable.text("payDecider");
        public static final ProcessVariable<String> ROLE = ProcessVariable.text("role");
        public static final ProcessVariable<String> CAREER_STAGE = ProcessVariable.text("careerStage");
        public static final ProcessVariable<String> OBJECTIVE_FOCUS = ProcessVariable.text("objectiveFocus");
        public static final ProcessVariable<String> OBJECTIVES_SUMMARY = ProcessVariable.text("objectivesSummary");
        public static final ProcessVariable<Boolean> OBJECTIVES_AGREED = ProcessVariable.flag("objectivesAgreed");
        public static final ProcessVariable<String> AGREEMENT = ProcessVariable.text("agreement");
        public static final ProcessVariable<String> OBJECTION = ProcessVariable.text("objection");
        public static final ProcessVariable<String> SETTLEMENT = ProcessVariable.text("objectivesSettlement");
        public static final ProcessVariable<String> SETTLEMENT_NOTE = ProcessVariable.text("settlementNote");
        public static final ProcessVariable<String> DEVELOPMENT_OBJECTIVE = ProcessVariable.text("developmentObjective");
        /** The choices of "which objective is the professional-development one": the trust's slots, or none. */
        public static final ProcessVariable<TypedValue> DEVELOPMENT_OBJECTIVE_OPTIONS = ProcessVariable.formOptions("developmentObjectiveOptions");
        /** Which objective is the professional-development one, for the employee's agreement form. */
        public static final ProcessVariable<String> DEVELOPMENT_OBJECTIVE_NOTE = ProcessVariable.text("developmentObjectiveNote");
        public static final ProcessVariable<Date> APPRAISER_DUE_AT = ProcessVariable.dateTime("appraiserDueAt");
        public static final ProcessVariable<Date> OBJECTIVES_DUE_AT = ProcessVariable.dateTime("objectivesDueAt");
        public static final ProcessVariable<Date> OBJECTIVES_ESCALATE_AT = ProcessVariable.dateTime("objectivesEscalateAt");
        public static final ProcessVariable<Date> INTERIM_DUE_AT = ProcessVariable.dateTime("interimDueAt");
        public static final ProcessVariable<Date> INTERIM_COMMENTS_DUE_AT = ProcessVariable.dateTime("interimCommentsDueAt");
        public static final ProcessVariable<Date> ANNUAL_OPENS_AT = ProcessVariable.dateTime("annualOpensAt");
        /** The period's last day in words, for the forms: worked out when a form opens (YearDatesFormValues). */
        public static final ProcessVariable<String> PERIOD_END_TEXT = ProcessVariable.text("periodEndText");
        public static final ProcessVariable<Date> PERIOD_END_AT = ProcessVariable.dateTime("periodEndAt");
        public static final ProcessVariable<String> IN_YEAR_ACTION = ProcessVariable.text("inYearAction");
        public static final ProcessVariable<String> CONCERN_DESCRIPTION = ProcessVariable.text("concernDescription");
        public static final ProcessVariable<Date> MEETING_AT = ProcessVariable.dateTime("meetingAt");
        public static final ProcessVariable<Integer> OBJECTIVES_NOT_MET = ProcessVariable.number("objectivesNotMet");
        public static final ProcessVariable<Integer> OBJECTIVES_PARTLY_MET = ProcessVariable.number("objectivesPartlyMet");
        public static final ProcessVariable<Boolean> UNDER_CAPABILITY = ProcessVariable.flag("underCapability");
        public static final ProcessVariable<String> SUGGESTED_PAY = ProcessVariable.text("suggestedPay");
        public static final ProcessVariable<String> PAY_RECOMMENDATION = ProcessVariable.text("payRecommendation");
        public static final ProcessVariable<String> PAY_REASONS = ProcessVariable.text("payReasons");
        public static final ProcessVariable<Long> REPORT_ID = ProcessVariable.id("reportId");
        public static final ProcessVariable<Date> COMMENTS_DUE_AT = ProcessVariable.dateTime("commentsDueAt");
        public static final ProcessVariable<Date> PAY_DECISION_DUE_AT = ProcessVariable.dateTime("payDecisionDueAt");
        public static final ProcessVariable<String> PAY_DECISION = ProcessVariable.text("payDecision");
        public static final ProcessVariable<Date> APPEAL_DEADLINE = ProcessVariable.dateTime("appealDeadline");
        public static final ProcessVariable<Boolean> APPEALED = ProcessVariable.flag("appealed");
        public static final ProcessVariable<Date> PAY_REVIEW_DUE_AT = ProcessVariable.dateTime("payReviewDueAt");
        public static final ProcessVariable<Boolean> PAY_REVIEW_UPHELD = ProcessVariable.flag("payReviewUpheld");
        public static final ProcessVariable<Date> HEARING_REQUEST_DEADLINE = ProcessVariable.dateTime("hearingRequestDeadline");
        public static final ProcessVariable<Boolean> HEARING_REQUESTED = ProcessVariable.flag("hearingRequested");
        public static final ProcessVariable<Date> HEARING_INVITE_DUE_AT = ProcessVariable.dateTime("hearingInviteDueAt");
        public static final ProcessVariable<Date> APPEAL_HEARING_DUE_AT = ProcessVariable.dateTime("appealHearingDueAt");
        /** The employee answers the objectives (first set or revised in the year) by then, or they stand unanswered. */
        public static final ProcessVariable<Date> AGREEMENT_DUE_AT = ProcessVariable.dateTime("agreementDueAt");
        public static final ProcessVariable<String> AGREEMENT_DUE_TEXT = ProcessVariable.text("agreementDueText");
        public static final ProcessVariable<String> INTERIM_COMMENTS_DUE_TEXT = ProcessVariable.text("interimCommentsDueText");
        public static final ProcessVariable<String> COMMENTS_DUE_TEXT = ProcessVariable.text("commentsDueText");
        /** The interim review found the objectives must change: the appraiser revises them by revisionDueAt. */
        public static final ProcessVariable<Boolean> INTERIM_CHANGES_NEEDED = ProcessVariable.flag("interimChangesNeeded");
        public static final ProcessVariable<Date> REVISION_DUE_AT = ProcessVariable.dateTime("revisionDueAt");
        /** The appraiser planned another interim review; its task comes up at nextInterimReviewAt. */
        public static final ProcessVariable<Boolean> ANOTHER_INTERIM_REVIEW = ProcessVariable.flag("anotherInterimReview");
        public static final ProcessVariable<Date> NEXT_INTERIM_REVIEW_AT = ProcessVariable.dateTime("nextInterimReviewAt");
        /** Form fields: the date of another interim review (optional), why objectives are revised in the year. */
        public static final ProcessVariable<LocalDate> NEXT_REVIEW_ON = ProcessVariable.date("nextReviewOn");
        public static final ProcessVariable<String> REVISION_REASON = ProcessVariable.text("revisionReason");

        /** Texts the forms show: the year, its start, and days and decisions in words. */
        public static final ProcessVariable<String> PERIOD_LABEL = ProcessVariable.text("periodLabel");
        /** The period's first day and the objectives' deadline in words: worked out when a form opens (YearDatesFormValues). */
        public static final ProcessVariable<String> PERIOD_START_TEXT = ProcessVariable.text("periodStartText");
        public static final ProcessVariable<String> OBJECTIVES_DUE_TEXT = ProcessVariable.text("objectivesDueText");
        public static final ProcessVariable<String> MEETING_TEXT = ProcessVariable.text("meetingText");
        public static final ProcessVariable<String> HEARING_TEXT = ProcessVariable.text("hearingText");
        public static final ProcessVariable<String> HEARING_DEADLINE_TEXT = ProcessVariable.text("hearingDeadlineText");
        public static final ProcessVariable<String> APPEAL_DEADLINE_TEXT = ProcessVariable.text("appealDeadlineText");
        public static final ProcessVariable<String> PAY_RECOMMENDATION_TEXT = ProcessVariable.text("payRecommendationText");
        public static final ProcessVariable<String> PAY_DECISION_TEXT = ProcessVariable.text("payDecisionText");

        // Form fields, by form (forms/*.form; the field id is the variable's name).
        // appraisal-in-year: an observation or evidence, or one objective revised
        public static final ProcessVariable<LocalDate> ENTRY_DATE = ProcessVariable.date("entryDate");
        public static final ProcessVariable<String> OBSERVER_STAFF_ID = ProcessVariable.text("observerStaffId");
        public static final ProcessVariable<String> FOCUS = ProcessVariable.text("focus");
        public static final ProcessVariable<String> FEEDBACK = ProcessVariable.text("feedback");
        public static final ProcessVariable<String> REVISED_SLOT = ProcessVariable.text("revisedSlot");
        public static final ProcessVariable<String> REVISED_OBJECTIVE = ProcessVariable.text("revisedObjective");
        public static final ProcessVariable<String> REVISED_CRITERIA = ProcessVariable.text("revisedCriteria");
        public static final ProcessVariable<String> REVISED_ASSESSMENT = ProcessVariable.text("revisedAssessment");
        // appraisal-interim-review (progress per objective slot: progress(slot))
        public static final ProcessVariable<LocalDate> INTERIM_HELD_ON = ProcessVariable.date("interimHeldOn");
        public static final ProcessVariable<String> CHANGES_NEEDED = ProcessVariable.text("changesNeeded");
        public static final ProcessVariable<String> INTERIM_SUMMARY = ProcessVariable.text("interimSummary");
        // appraisal-interim-comments
        public static final ProcessVariable<String> INTERIM_EMPLOYEE_COMMENTS = ProcessVariable.text("interimEmployeeComments");
        // appraisal-invite-annual
        public static final ProcessVariable<LocalDate> MEETING_DATE = ProcessVariable.date("meetingDate");
        public static final ProcessVariable<String> MEETING_TIME = ProcessVariable.text("meetingTime");
        public static final ProcessVariable<String> MEETING_PLACE = ProcessVariable.text("meetingPlace");
        // appraisal-employee-evidence
        public static final ProcessVariable<String> EMPLOYEE_EVIDENCE = ProcessVariable.text("employeeEvidence");
        public static final ProcessVariable<String> ASPIRATIONS = ProcessVariable.text("aspirations");
        // appraisal-assess-year (outcome and comment per objective slot: outcome(slot), outcomeComment(slot))
        public static final ProcessVariable<String> APPRAISER_EVIDENCE = ProcessVariable.text("appraiserEvidence");
        public static final ProcessVariable<String> STANDARDS_ASSESSMENT = ProcessVariable.text("standardsAssessment");
        public static final ProcessVariable<String> CPD_NEEDS = ProcessVariable.text("cpdNeeds");
        public static final ProcessVariable<String> RECOMMENDED_ACTION = ProcessVariable.text("recommendedAction");
        // appraisal-report-comments
        public static final ProcessVariable<String> REPORT_COMMENTS = ProcessVariable.text("reportComments");
        // appraisal-decide-pay
        public static final ProcessVariable<String> PAY_DECISION_REASONS = ProcessVariable.text("payDecisionReasons");
        // appraisal-appeal
        public static final ProcessVariable<String> APPEAL_CHOICE = ProcessVariable.text("appealChoice");
        public static final ProcessVariable<String> APPEAL_GROUNDS = ProcessVariable.text("appealGrounds");
        // appraisal-pay-review
        public static final ProcessVariable<LocalDate> PAY_REVIEW_HELD_ON = ProcessVariable.date("payReviewHeldOn");
        public static final ProcessVariable<String> PAY_REVIEW_PRESENT = ProcessVariable.text("payReviewPresent");
        public static final ProcessVariable<String> PAY_REVIEW_OUTCOME = ProcessVariable.text("payReviewOutcome");
        public static final ProcessVariable<String> PAY_REVIEW_REASONS = ProcessVariable.text("payReviewReasons");
        // appraisal-ask-hearing
        public static final ProcessVariable<String> HEARING_CHOICE = ProcessVariable.text("hearingChoice");
        public static final ProcessVariable<String> HEARING_GROUNDS = ProcessVariable.text("hearingGrounds");
        // appraisal-invite-hearing
        public static final ProcessVariable<LocalDate> HEARING_DATE = ProcessVariable.date("hearingDate");
        public static final ProcessVariable<String> HEARING_TIME = ProcessVariable.text("hearingTime");
        public static final ProcessVariable<String> HEARING_PLACE = ProcessVariable.text("hearingPlace");
        public static final ProcessVariable<String> HEARING_PANEL = ProcessVariable.text("hearingPanel");
        // appraisal-appeal-outcome
        public static final ProcessVariable<String> APPEAL_COMPANION = ProcessVariable.text("appealCompanion");
        public static final ProcessVariable<String> APPEAL_COMPANION_NAME = ProcessVariable.text("appealCompanionName");
        public static final ProcessVariable<String> APPEAL_OUTCOME = ProcessVariable.text("appealOutcome");
        public static final ProcessVariable<String> APPEAL_NOTES = ProcessVariable.text("appealNotes");

        /** appraisal-draft-objectives, -settle-objectives, -revise-objectives: an objective slot's three fields. */
        public static ProcessVariable<String> objective(int slot) {
            return ProcessVariable.text("objective" + slot);
        }

        public static ProcessVariable<String> criteria(int slot) {
            return ProcessVariable.text("criteria" + slot);
        }

        public static ProcessVariable<String> assessment(int slot) {
            return ProcessVariable.text("assessment" + slot);
        }

        /** appraisal-interim-review: the progress against an objective slot. */
        public static ProcessVariable<String> progress(int slot) {
            return ProcessVariable.text("progress" + slot);
        }

        /** appraisal-assess-year: an objective slot's outcome and the appraiser's comment on it. */
        public static ProcessVariable<String> outcome(int slot) {
            return ProcessVariable.text("outcome" + slot);
        }

        public static ProcessVariable<String> outcomeComment(int slot) {
            return ProcessVariable.text("outcomeComment" + slot);
        }

        private Vars() {
        }
    }

    /** Variables of appraisal-launch: for whom (STAFF, SCHOOL or TRUST, and which), the year, and where the launch stands. */
    public static final class LaunchVars {
        static final ProcessVariable<String> SCOPE = ProcessVariable.text("launchScope");
        static final ProcessVariable<String> TARGET = ProcessVariable.text("launchTarget");
        static final ProcessVariable<String> PERIOD = ProcessVariable.text("periodLabel");
        static final ProcessVariable<String> SUMMARY = ProcessVariable.text("launchSummary");
        static final ProcessVariable<String> LAUNCH_ID = ProcessVariable.text("launchId");

        private LaunchVars() {
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
                .setVariables(VariableValues.of().with(Vars.STAFF_ID, staffId).with(Vars.PERIOD_START, period.start())
                        .with(Vars.PERIOD_END, period.end()).with(Vars.LAUNCHED_BY, launchedBy).asMap())
                .execute());
    }

    static long appraisalId(VariableScope scope) {
        return Vars.APPRAISAL_ID.required(scope);
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
        String development = Vars.DEVELOPMENT_OBJECTIVE.get(scope);
        for (int slot = 1; slot <= TrustPolicy.OBJECTIVE_SLOTS; slot++) {
            String objective = Vars.objective(slot).get(scope);
            if (objective != null) {
                objectives.add(new Objective(slot, objective, Vars.criteria(slot).get(scope), Vars.assessment(slot).get(scope),
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

    /** What recording objectives sets: what the employee's answer form shows, and the day they answer by. */
    static final Set<ProcessVariable<?>> OBJECTIVES_RECORDED = Set.of(Vars.OBJECTIVES_SUMMARY, Vars.DEVELOPMENT_OBJECTIVE_NOTE,
            Vars.AGREEMENT_DUE_AT, Vars.AGREEMENT_DUE_TEXT);

    /**
     * The objectives on the form recorded (drafted, settled or revised) as the one who completed the step, then what the
     * employee's answer form shows and the day they answer by (the trust's days for comments), or the objectives stand
     * unanswered.
     */
    static void recordObjectives(DelegateExecution ex, Appraisals appraisals, String status, String note) {
        long id = appraisalId(ex);
        Vars.OBJECTIVES_SUMMARY.set(ex, appraisals.setObjectives(id, objectivesOnForm(ex), status, note, Actor.of(ex).name()));
        Vars.DEVELOPMENT_OBJECTIVE_NOTE.set(ex, appraisals.developmentObjectiveNote(id));
        LocalDate answerDue = appraisals.commentsDue(id);
        Vars.AGREEMENT_DUE_AT.set(ex, endOf(answerDue));
        Vars.AGREEMENT_DUE_TEXT.set(ex, WorkingDays.spoken(answerDue));
    }

    /** The employee's answer to objectives (first set or revised): agreed or not; anything else is refused. */
    static boolean agreed(VariableScope scope) {
        String agreement = Vars.AGREEMENT.get(scope);
        if (!"AGREE".equals(agreement) && !"DISAGREE".equals(agreement)) {
            throw new InvalidInputException("Say whether you agree the objectives");
        }
        return "AGREE".equals(agreement);
    }
}
