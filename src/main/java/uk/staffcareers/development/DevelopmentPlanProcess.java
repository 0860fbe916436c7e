package uk.staffcareers.development;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.AsApplication;

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
        public static final String STAFF_ID = "staffId";
        public static final String TRIGGER = "trigger";
        public static final String NEED = "need";
        public static final String REQUESTED_BY = "requestedBy";
        public static final String PLAN_ID = "planId";
        public static final String STAFF_NAME = "staffName";
        public static final String PLANNER = "planner";
        public static final String HEADTEACHER = "headteacher";
        public static final String MENTOR = "mentorUsername";
        public static final String MENTOR_REQUIRED = "mentorRequired";
        public static final String COST_APPROVAL_NEEDED = "costApprovalNeeded";
        /** Who pays, in words, for the headteacher's approval form. */
        public static final String PAID_BY_TEXT = "paidByText";
        public static final String COST_DECISION = "costDecision";
        public static final String COST_NOTE = "costDecisionNote";
        public static final String ENDS_ON = "endsOn";
        public static final String REMINDER_AT = "reminderAt";
        public static final String PROGRESS_NOTE = "progressNote";
        public static final String DEVELOPMENT_FINISHED = "developmentFinished";
        public static final String RECOMMENDATION = "recommendationSummary";
        public static final String ROUTE_RESULT = "routeResult";
        public static final String TYPE_RESULT = "typeResult";
        public static final String PROGRESSION_RESULT = "progressionResult";

        private Vars() {
        }
    }

    /** The situation questions of the clarify form that the decision tables read. */
    static final List<String> SITUATION = List.of("basicSkillsFirst", "statutoryRequirement", "noRelevantQualification",
            "specialistNeed", "inHouseSupportAvailable", "aspiresToSeniorRole", "wantsStandardsConfirmation",
            "mentorAvailable", "higherLevelSkills", "canCommitStudyTime", "sufficientLiteracyNumeracy");

    /**
     * Another case (an appraisal, an HLTA candidacy) starts a plan for its member of staff: the message
     * start event, which only the application sends, naming who asked.
     */
    public static void request(DelegateExecution from, String staffId, Trigger trigger, String need, String requestedBy) {
        var engine = from.getProcessEngineServices();
        var message = engine.getRuntimeService().createMessageCorrelation(MESSAGE_REQUESTED)
                .setVariables(Map.of(Vars.STAFF_ID, staffId, Vars.TRIGGER, trigger.name(), Vars.NEED, need,
                        Vars.REQUESTED_BY, requestedBy));
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
        return ((Number) scope.getVariable(Vars.PLAN_ID)).longValue();
    }

    private DevelopmentPlanProcess() {
    }
}
