package uk.staffcareers.development;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Date;
import uk.staffcareers.platform.VariableValues;
import java.math.BigDecimal;
import java.time.LocalDate;

/** processes/development-plan.bpmn: its key, message and variables. */
public final class DevelopmentPlanProcess {

    public static final String KEY = "development-plan";
    public static final String MESSAGE_REQUESTED = "DevelopmentRequested";

    public static final String CLARIFY_NEED = "Task_ClarifyNeed";
    public static final String DECIDE = "Task_DecideDevelopment";
    public static final String AGREE_PRACTICALITIES = "Task_AgreePracticalities";
    public static final String APPROVE_COSTS = "Task_ApproveCosts";
    public static final String LOG_PROGRESS = "Task_LogProgress";
    public static final String EVALUATE = "Task_EvaluateDevelopment";
    public static final String DEVELOPMENT_UNDER_WAY = "SubProcess_DevelopmentUnderWay";
    public static final String END_EVALUATED = "EndEvent_DevelopmentEvaluated";

    /** A plan's business key, by which Cockpit lists it and its documents name it: whose plan, and which. */
    public static String businessKey(String staffId, long planId) {
        return "DEVELOPMENT-" + staffId + "-" + planId;
    }

    /** Variables: ids, who does what, what gateways read, and the forms' fields (same names). */
    public static final class Vars {
        public static final ProcessVariable<String> STAFF_ID = ProcessVariable.text("staffId");
        public static final ProcessVariable<String> TRIGGER = ProcessVariable.text("trigger");
        public static final ProcessVariable<String> NEED = ProcessVariable.string("need");
        public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.text("requestedBy");
        public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id("planId");
        public static final ProcessVariable<String> STAFF_NAME = ProcessVariable.text("staffName");
        public static final ProcessVariable<String> PLANNER = ProcessVariable.text("planner");
        public static final ProcessVariable<String> HEADTEACHER = ProcessVariable.text("headteacher");
        public static final ProcessVariable<String> MENTOR = ProcessVariable.text("mentorUsername");
        public static final ProcessVariable<Boolean> MENTOR_REQUIRED = ProcessVariable.flag("mentorRequired");
        public static final ProcessVariable<Boolean> COST_APPROVAL_NEEDED = ProcessVariable.flag("costApprovalNeeded");
        /** Who pays, in words, for the headteacher's approval form. */
        public static final ProcessVariable<String> PAID_BY_TEXT = ProcessVariable.text("paidByText");
        public static final ProcessVariable<String> COST_DECISION = ProcessVariable.text("costDecision");
        public static final ProcessVariable<String> COST_NOTE = ProcessVariable.string("costDecisionNote");
        public static final ProcessVariable<Date> ENDS_ON = ProcessVariable.dateTime("endsOn");
        public static final ProcessVariable<Date> REMINDER_AT = ProcessVariable.dateTime("reminderAt");
        public static final ProcessVariable<String> PROGRESS_NOTE = ProcessVariable.string("progressNote");
        public static final ProcessVariable<Boolean> DEVELOPMENT_FINISHED = ProcessVariable.flag("developmentFinished");
        public static final ProcessVariable<String> RECOMMENDATION = ProcessVariable.text("recommendationSummary");
        public static final ProcessVariable<Map<String, Object>> ROUTE_RESULT = ProcessVariable.decisionResult("routeResult");
        public static final ProcessVariable<Map<String, Object>> TYPE_RESULT = ProcessVariable.decisionResult("typeResult");
        public static final ProcessVariable<Map<String, Object>> PROGRESSION_RESULT = ProcessVariable.decisionResult("progressionResult");

        /** The career profile and the clarified focus, as the decision tables read them. */
        public static final ProcessVariable<Boolean> NEW_ROLE_OR_RESPONSIBILITY = ProcessVariable.flag("newRoleOrResponsibility");
        public static final ProcessVariable<Boolean> ALREADY_IN_ROLE = ProcessVariable.flag("alreadyInRole");
        public static final ProcessVariable<String> STAGE = ProcessVariable.text("stage");
        public static final ProcessVariable<Integer> HIGHEST_LEVEL = ProcessVariable.number("highestLevel");
        public static final ProcessVariable<Boolean> HAS_L2_ENGLISH_AND_MATHS = ProcessVariable.flag("hasL2EnglishAndMaths");
        public static final ProcessVariable<Boolean> HLTA_OR_QTS = ProcessVariable.flag("hltaOrQts");
        public static final ProcessVariable<Boolean> HAS_SPECIALIST_L4 = ProcessVariable.flag("hasSpecialistL4");
        /** The recommendation's route and qualification type, for the decision form. */
        public static final ProcessVariable<String> RECOMMENDED_ROUTE = ProcessVariable.text("recommendedRoute");
        public static final ProcessVariable<String> RECOMMENDED_TYPE = ProcessVariable.text("recommendedType");

        // Form fields, by form (forms/*.form; the field id is the variable's name); texts as written, unstripped.
        // development-clarify-need (its situation boxes: SITUATION)
        public static final ProcessVariable<String> FOCUS = ProcessVariable.string("focus");
        public static final ProcessVariable<Boolean> BASIC_SKILLS_FIRST = ProcessVariable.flag("basicSkillsFirst");
        public static final ProcessVariable<String> STANDARDS_GAP = ProcessVariable.string("standardsGap");
        public static final ProcessVariable<String> IMPACT_ON_PRACTICE = ProcessVariable.string("impactOnPractice");
        public static final ProcessVariable<String> IMPACT_ON_PUPILS = ProcessVariable.string("impactOnPupils");
        public static final ProcessVariable<String> CAREER_FIT = ProcessVariable.string("careerFit");
        public static final ProcessVariable<Boolean> STATUTORY_REQUIREMENT = ProcessVariable.flag("statutoryRequirement");
        public static final ProcessVariable<Boolean> NO_RELEVANT_QUALIFICATION = ProcessVariable.flag("noRelevantQualification");
        public static final ProcessVariable<Boolean> SPECIALIST_NEED = ProcessVariable.flag("specialistNeed");
        public static final ProcessVariable<Boolean> IN_HOUSE_SUPPORT_AVAILABLE = ProcessVariable.flag("inHouseSupportAvailable");
        public static final ProcessVariable<Boolean> ASPIRES_TO_SENIOR_ROLE = ProcessVariable.flag("aspiresToSeniorRole");
        public static final ProcessVariable<Boolean> WANTS_STANDARDS_CONFIRMATION = ProcessVariable.flag("wantsStandardsConfirmation");
        public static final ProcessVariable<Boolean> MENTOR_AVAILABLE = ProcessVariable.flag("mentorAvailable");
        public static final ProcessVariable<Boolean> HIGHER_LEVEL_SKILLS = ProcessVariable.flag("higherLevelSkills");
        public static final ProcessVariable<Boolean> CAN_COMMIT_STUDY_TIME = ProcessVariable.flag("canCommitStudyTime");
        public static final ProcessVariable<Boolean> SUFFICIENT_LITERACY_NUMERACY = ProcessVariable.flag("sufficientLiteracyNumeracy");
        // development-decide
        public static final ProcessVariable<String> CHOSEN_ROUTE = ProcessVariable.string("chosenRoute");
        public static final ProcessVariable<String> CHOSEN_TYPE = ProcessVariable.string("chosenType");
        public static final ProcessVariable<String> ACTIVITY = ProcessVariable.string("activity");
        public static final ProcessVariable<Integer> QUALIFICATION_LEVEL = ProcessVariable.number("qualificationLevel");
        public static final ProcessVariable<String> CHOICE_REASON = ProcessVariable.string("choiceReason");
        // development-practicalities (its ten checks: RecordPracticalitiesDelegate.CHECKS)
        public static final ProcessVariable<Boolean> CHECK_ENTRY_REQUIREMENTS = ProcessVariable.flag("checkEntryRequirements");
        public static final ProcessVariable<Boolean> CHECK_LEVEL = ProcessVariable.flag("checkLevel");
        public static final ProcessVariable<Boolean> CHECK_PROGRESSION = ProcessVariable.flag("checkProgression");
        public static final ProcessVariable<Boolean> CHECK_DELIVERY = ProcessVariable.flag("checkDelivery");
        public static final ProcessVariable<Boolean> CHECK_COMPETENCE = ProcessVariable.flag("checkCompetence");
        public static final ProcessVariable<Boolean> CHECK_MENTOR = ProcessVariable.flag("checkMentor");
        public static final ProcessVariable<Boolean> CHECK_RELEASE_TIME = ProcessVariable.flag("checkReleaseTime");
        public static final ProcessVariable<Boolean> CHECK_COSTS = ProcessVariable.flag("checkCosts");
        public static final ProcessVariable<Boolean> CHECK_OUTCOMES = ProcessVariable.flag("checkOutcomes");
        public static final ProcessVariable<Boolean> CHECK_SUCCESS_MEASURES = ProcessVariable.flag("checkSuccessMeasures");
        public static final ProcessVariable<String> MENTOR_STAFF_ID = ProcessVariable.string("mentorStaffId");
        public static final ProcessVariable<String> RELEASE_TIME = ProcessVariable.string("releaseTime");
        public static final ProcessVariable<BigDecimal> COST = ProcessVariable.decimal("cost");
        public static final ProcessVariable<String> HIDDEN_COSTS = ProcessVariable.string("hiddenCosts");
        public static final ProcessVariable<String> PAID_BY = ProcessVariable.string("paidBy");
        public static final ProcessVariable<String> AGREED_OUTCOMES = ProcessVariable.string("agreedOutcomes");
        public static final ProcessVariable<String> SUCCESS_MEASURES = ProcessVariable.string("successMeasures");
        public static final ProcessVariable<LocalDate> START_DATE = ProcessVariable.date("startDate");
        public static final ProcessVariable<LocalDate> END_DATE = ProcessVariable.date("endDate");
        // development-evaluate
        public static final ProcessVariable<String> IMPACT_ON_SCHOOL = ProcessVariable.string("impactOnSchool");
        public static final ProcessVariable<String> IMPACT_ON_PUPILS_SEEN = ProcessVariable.string("impactOnPupilsSeen");
        public static final ProcessVariable<String> IMPACT_ON_INDIVIDUAL = ProcessVariable.string("impactOnIndividual");
        public static final ProcessVariable<String> LEARNING_SHARED = ProcessVariable.string("learningShared");
        public static final ProcessVariable<Boolean> QUALIFICATION_GAINED = ProcessVariable.flag("qualificationGained");
        /** Stripped, a blank one as none: the qualification's title as it goes on the staff record. */
        public static final ProcessVariable<String> QUALIFICATION_TITLE = ProcessVariable.text("qualificationTitle");
        public static final ProcessVariable<String> QUALIFICATION_GAINED_TYPE = ProcessVariable.string("qualificationGainedType");
        public static final ProcessVariable<String> QUALIFICATION_GAINED_SUBJECT = ProcessVariable.string("qualificationGainedSubject");
        public static final ProcessVariable<Integer> QUALIFICATION_GAINED_LEVEL = ProcessVariable.number("qualificationGainedLevel");
        public static final ProcessVariable<LocalDate> QUALIFICATION_AWARDED_ON = ProcessVariable.date("qualificationAwardedOn");

        private Vars() {
        }
    }

    /** The situation questions of the clarify form that the decision tables read. */
    static final List<ProcessVariable<Boolean>> SITUATION = List.of(Vars.BASIC_SKILLS_FIRST, Vars.STATUTORY_REQUIREMENT,
            Vars.NO_RELEVANT_QUALIFICATION, Vars.SPECIALIST_NEED, Vars.IN_HOUSE_SUPPORT_AVAILABLE, Vars.ASPIRES_TO_SENIOR_ROLE,
            Vars.WANTS_STANDARDS_CONFIRMATION, Vars.MENTOR_AVAILABLE, Vars.HIGHER_LEVEL_SKILLS, Vars.CAN_COMMIT_STUDY_TIME,
            Vars.SUFFICIENT_LITERACY_NUMERACY);

    /**
     * Another case (an appraisal, an HLTA candidacy) starts a plan for its member of staff: the message
     * start event, which only the application sends, naming who asked.
     */
    public static void request(DelegateExecution from, String staffId, Trigger trigger, String need, String requestedBy) {
        var engine = from.getProcessEngineServices();
        var message = engine.getRuntimeService().createMessageCorrelation(MESSAGE_REQUESTED)
                .setVariables(VariableValues.of().with(Vars.STAFF_ID, staffId).with(Vars.TRIGGER, trigger.name()).with(Vars.NEED, need)
                        .with(Vars.REQUESTED_BY, requestedBy).asMap());
        AsApplication.run(engine.getIdentityService(), message::correlateStartMessage);
    }

    /** The plan's id, as its delegates read it. */
    /** A form's choice as one of the enum's values, or null when none is chosen; anything else is refused. */
    static <E extends Enum<E>> E choice(Class<E> type, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("'" + value + "' is not a choice here");
        }
    }

    static long planId(VariableScope scope) {
        return Vars.PLAN_ID.required(scope);
    }

    private DevelopmentPlanProcess() {
    }
}
