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
import java.util.stream.Stream;

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

        private Vars() {
        }
    }

    /** The situation questions of the clarify form that the decision tables read. */
    static final List<ProcessVariable<Boolean>> SITUATION = Stream.of("basicSkillsFirst", "statutoryRequirement", "noRelevantQualification",
            "specialistNeed", "inHouseSupportAvailable", "aspiresToSeniorRole", "wantsStandardsConfirmation",
            "mentorAvailable", "higherLevelSkills", "canCommitStudyTime", "sufficientLiteracyNumeracy").map(ProcessVariable::flag).toList();

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
