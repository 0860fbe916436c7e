package uk.staffcareers.hlta;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** processes/hlta-journey.bpmn: its key, messages, activities and variables. */
public final class HltaJourneyProcess {

    public static final String KEY = "hlta-journey";

    /** A candidacy's reference, which is its case's business key: whose, and which of their candidacies (1, 2...). */
    public static String businessKey(String staffId, int candidacy) {
        return "HLTA-" + staffId + "-" + candidacy;
    }

    /** What the regional provider of assessment tells the school, by REST or entered by hand. */
    public static final String MESSAGE_REGISTRATION_CONFIRMED = "HltaRegistrationConfirmed";
    public static final String MESSAGE_VISIT_CONFIRMED = "HltaVisitConfirmed";
    public static final String MESSAGE_OUTCOME_RECEIVED = "HltaOutcomeReceived";
    /** A withdrawal the application recorded (POST /api/hlta/candidacies/{reference}/withdrawal): the case ends at any step. */
    public static final String MESSAGE_WITHDRAWN = "HltaWithdrawn";

    public static final String SELF_REVIEW = "Task_SelfReview";
    public static final String READINESS_DISCUSSION = "Task_ReadinessDiscussion";
    public static final String RETURN_WHEN_READY = "Task_ReturnWhenReady";
    public static final String SCHOOL_COMMITMENT = "Task_ConfirmSchoolCommitment";
    public static final String BOOK_PREPARATION = "Task_BookPreparationDays";
    public static final String PREPARATION_DAY_1 = "Event_PreparationDay1";
    public static final String REGISTER = "Task_RegisterForAssessment";
    public static final String NOT_REGISTERED_BY_DAY_2 = "Event_NotRegisteredByDay2";
    public static final String REGISTRATION_MISSED = "Event_RegistrationMissed";
    public static final String REOPEN_REGISTRATION = "Task_ReopenRegistration";
    public static final String PROPOSE_DATES = "Task_ProposeVisitDates";
    public static final String VISIT_DATES_NOT_PROPOSED = "Event_VisitDatesNotProposed";
    public static final String CHOOSE_DATES = "Task_ChooseVisitDates";
    public static final String AGREE_DATES = "Task_AgreeVisitDates";
    public static final String CONFIRM_VISIT = "Task_ConfirmVisit";
    public static final String VISIT_NOT_BOOKED = "Event_VisitNotBooked";
    public static final String VISIT_WINDOW_CLOSED = "Event_VisitWindowClosed";
    public static final String GIVE_NEW_WINDOW = "Task_GiveNewVisitWindow";
    public static final String SUBMIT_TASKS = "Task_SubmitAssessmentTasks";
    public static final String TASKS_NOT_SUBMITTED = "Event_AssessmentTasksNotSubmitted";
    public static final String PREPARE_VISIT = "Task_PrepareForVisit";
    public static final String VISIT_NOT_PREPARED = "Event_VisitNotPrepared";
    public static final String HEADTEACHER_MEETING = "Task_PrepareHeadteacherMeeting";
    public static final String RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String CONFIRM_JOB_DESCRIPTION = "Task_ConfirmJobDescription";
    public static final String DECIDE_ON_REASSESSMENT = "Task_DecideOnReassessment";
    public static final String NO_REASSESSMENT_ANSWER = "Event_NoReassessmentAnswer";
    public static final String END_NOT_REASSESSED = "EndEvent_NotReassessed";
    public static final String END_IN_ROLE = "EndEvent_InHltaRole";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String END_WITHDRAWN_AT_ANY_STEP = "EndEvent_CandidacyWithdrawn";
    public static final String END_LAPSED = "EndEvent_CandidacyLapsed";
    public static final String END_LAPSED_WITHOUT_VISIT = "EndEvent_CandidacyLapsedWithoutVisit";

    /** Variables: ids, who does what, what gateways and timers read, and the forms' fields (same names). */
    public static final class Vars {
        public static final ProcessVariable<Long> CANDIDACY_ID = ProcessVariable.id("candidacyId");
        public static final ProcessVariable<String> REFERENCE = ProcessVariable.text("reference");
        public static final ProcessVariable<String> STAFF_NAME = ProcessVariable.text("staffName");
        public static final ProcessVariable<String> SCHOOL_NAME = ProcessVariable.text("schoolName");
        public static final ProcessVariable<String> CANDIDATE = ProcessVariable.text("candidate");
        public static final ProcessVariable<String> HEADTEACHER = ProcessVariable.text("headteacher");
        public static final ProcessVariable<String> HEADTEACHER_NAME = ProcessVariable.text("headteacherName");
        public static final ProcessVariable<String> COORDINATOR = ProcessVariable.text("coordinator");
        public static final ProcessVariable<String> HR = ProcessVariable.text("hrAdviser");
        public static final ProcessVariable<Map<String, Object>> READINESS_RESULT = ProcessVariable.decisionResult("readinessResult");
        public static final ProcessVariable<String> READINESS_RECOMMENDATION = ProcessVariable.text("readinessRecommendation");
        public static final ProcessVariable<Boolean> READY = ProcessVariable.flag("ready");
        public static final ProcessVariable<String> RETURN_CHOICE = ProcessVariable.text("returnChoice");
        public static final ProcessVariable<Date> PREPARATION_DAY_1_AT = ProcessVariable.dateTime("preparationDay1At");
        public static final ProcessVariable<Date> PREPARATION_DAY_2_AT = ProcessVariable.dateTime("preparationDay2At");
        public static final ProcessVariable<Date> VISIT_ESCALATION_AT = ProcessVariable.dateTime("visitEscalationAt");
        /** The trust's numbers of preparation days and written tasks: the forms show that many fields. */
        public static final ProcessVariable<Integer> PREPARATION_DAYS_REQUIRED = ProcessVariable.number("preparationDaysRequired");
        public static final ProcessVariable<Integer> ASSESSMENT_TASKS_REQUIRED = ProcessVariable.number("assessmentTasksRequired");
        /** The registration timers: preparation days 1 and 2, or the provider's re-opened dates; missed the next school day. */
        public static final ProcessVariable<Date> REGISTRATION_OPENS_AT = ProcessVariable.dateTime("registrationOpensAt");
        public static final ProcessVariable<Date> REGISTRATION_CLOSES_AT = ProcessVariable.dateTime("registrationClosesAt");
        public static final ProcessVariable<Date> REGISTRATION_MISSED_AT = ProcessVariable.dateTime("registrationMissedAt");
        public static final ProcessVariable<String> REGISTRATION_DATES_TEXT = ProcessVariable.text("registrationDatesText");
        public static final ProcessVariable<Boolean> REGISTRATION_REOPENED = ProcessVariable.flag("registrationReopened");
        /** The school day after the visit window's last day: no visit booked by then leaves it to the coordinator. */
        public static final ProcessVariable<Date> VISIT_WINDOW_CLOSED_AT = ProcessVariable.dateTime("visitWindowClosedAt");
        public static final ProcessVariable<Boolean> NEW_VISIT_WINDOW_GIVEN = ProcessVariable.flag("newVisitWindowGiven");
        public static final ProcessVariable<String> WITHDRAWAL_REASON = ProcessVariable.text("withdrawalReason");
        public static final ProcessVariable<String> WINDOW_TEXT = ProcessVariable.text("visitWindowText");
        /** The standards not met, as the candidate reads them ("3, 7"). */
        public static final ProcessVariable<String> STANDARDS_NOT_MET_TEXT = ProcessVariable.text("standardsNotMetText");
        /** The proposed visit dates as people read them, for the forms that show them. */
        public static final ProcessVariable<String> VISIT_DATES_TEXT = ProcessVariable.text("visitDatesText");
        public static final ProcessVariable<Boolean> DATES_AGREED = ProcessVariable.flag("datesAgreed");
        public static final ProcessVariable<Date> VISIT_AT = ProcessVariable.dateTime("visitAt");
        public static final ProcessVariable<Boolean> ALL_STANDARDS_MET = ProcessVariable.flag("allStandardsMet");
        public static final ProcessVariable<String> STANDARD_RESULTS = ProcessVariable.text("standardResults");
        public static final ProcessVariable<String> RECEIVED_FROM = ProcessVariable.text("receivedFrom");
        public static final ProcessVariable<Long> JOB_DESCRIPTION_ID = ProcessVariable.id("jobDescriptionId");
        public static final ProcessVariable<String> REASSESSMENT_CHOICE = ProcessVariable.text("reassessmentChoice");
        /**
         * A candidate's step that the school waits on (CandidateStep): due at the start of its last day, missed
         * at the start of the next school day, when its timer moves the case on.
         */
        public static final ProcessVariable<String> CANDIDATE_STEP = ProcessVariable.text("candidateStep");
        public static final ProcessVariable<Date> VISIT_DATES_DUE_AT = ProcessVariable.dateTime("visitDatesDueAt");
        public static final ProcessVariable<Date> VISIT_DATES_MISSED_AT = ProcessVariable.dateTime("visitDatesMissedAt");
        public static final ProcessVariable<Date> ASSESSMENT_TASKS_DUE_AT = ProcessVariable.dateTime("assessmentTasksDueAt");
        public static final ProcessVariable<Date> ASSESSMENT_TASKS_MISSED_AT = ProcessVariable.dateTime("assessmentTasksMissedAt");
        public static final ProcessVariable<Date> VISIT_PREPARATION_DUE_AT = ProcessVariable.dateTime("visitPreparationDueAt");
        public static final ProcessVariable<Date> VISIT_PREPARATION_MISSED_AT = ProcessVariable.dateTime("visitPreparationMissedAt");
        public static final ProcessVariable<Date> REASSESSMENT_DUE_AT = ProcessVariable.dateTime("reassessmentDueAt");
        public static final ProcessVariable<Date> REASSESSMENT_MISSED_AT = ProcessVariable.dateTime("reassessmentMissedAt");

        /** The readiness table's advice and its recommendation in words, for the headteacher's form. */
        public static final ProcessVariable<String> READINESS_ADVICE = ProcessVariable.text("readinessAdvice");
        public static final ProcessVariable<String> READINESS_RECOMMENDATION_TEXT = ProcessVariable.text("readinessRecommendationText");
        /** The self-review's facts as the readiness table reads them, and in words for the headteacher. */
        public static final ProcessVariable<Boolean> WHOLE_CLASS_OPPORTUNITIES = ProcessVariable.flag("wholeClassOpportunities");
        public static final ProcessVariable<Boolean> LEVEL2_ENGLISH_AND_MATHS_ON_RECORD = ProcessVariable.flag("level2EnglishAndMathsOnRecord");
        public static final ProcessVariable<Integer> STANDARDS_CONFIDENT = ProcessVariable.number("standardsConfident");
        public static final ProcessVariable<String> WHOLE_CLASS_TEXT = ProcessVariable.text("wholeClassText");
        public static final ProcessVariable<String> LEVEL2_ENGLISH_AND_MATHS_TEXT = ProcessVariable.text("level2EnglishAndMathsText");

        /** The feedback document of an outcome with standards not met. */
        public static final ProcessVariable<Long> FEEDBACK_DOCUMENT_ID = ProcessVariable.id("feedbackDocumentId");
        /** The visit's day in words, and the school's teachers the visit preparation form offers. */
        public static final ProcessVariable<String> VISIT_ON_TEXT = ProcessVariable.text("visitOnText");
        public static final ProcessVariable<TypedValue> TEACHER_OPTIONS = ProcessVariable.formOptions("teacherOptions");

        // Form fields, by form (forms/*.form; the field id is the variable's name).
        // hlta-self-review (with WHOLE_CLASS_OPPORTUNITIES)
        public static final ProcessVariable<String> WHOLE_CLASS_EXAMPLES = ProcessVariable.text("wholeClassExamples");
        public static final ProcessVariable<String> ENGLISH_MATHS_EVIDENCE = ProcessVariable.text("englishMathsEvidence");
        public static final ProcessVariable<List<Integer>> CONFIDENT_ATTRIBUTES = ProcessVariable.numbers("confidentAttributes");
        public static final ProcessVariable<List<Integer>> CONFIDENT_KNOWLEDGE = ProcessVariable.numbers("confidentKnowledge");
        public static final ProcessVariable<List<Integer>> CONFIDENT_SKILLS = ProcessVariable.numbers("confidentSkills");
        public static final ProcessVariable<String> DEVELOPMENT_AREAS = ProcessVariable.text("developmentAreas");
        // hlta-readiness-discussion
        public static final ProcessVariable<String> READINESS_DECISION = ProcessVariable.text("readinessDecision");
        public static final ProcessVariable<String> READINESS_REASON = ProcessVariable.text("readinessReason");
        public static final ProcessVariable<Boolean> ENGLISH_MATHS_SEEN = ProcessVariable.flag("englishMathsSeen");
        // hlta-school-commitment
        public static final ProcessVariable<Boolean> RELEASE_CONFIRMED = ProcessVariable.flag("releaseConfirmed");
        public static final ProcessVariable<String> SUPPORTING_STAFF = ProcessVariable.text("supportingStaff");
        public static final ProcessVariable<String> LA_CONTACT_NAME = ProcessVariable.text("laContactName");
        public static final ProcessVariable<String> LA_CONTACT_EMAIL = ProcessVariable.text("laContactEmail");
        // hlta-book-preparation (its days: preparationDay(day))
        public static final ProcessVariable<String> PROVIDER_OF_PREPARATION = ProcessVariable.text("providerOfPreparation");
        // hlta-register
        public static final ProcessVariable<LocalDate> REGISTERED_ON = ProcessVariable.date("registeredOn");
        public static final ProcessVariable<String> REGISTRATION_REFERENCE = ProcessVariable.text("registrationReference");
        public static final ProcessVariable<String> ASSESSMENT_PROVIDER = ProcessVariable.text("assessmentProvider");
        public static final ProcessVariable<String> PROVIDER_CONTACT = ProcessVariable.text("providerContact");
        // hlta-reopen-registration (and LAPSE_REASON)
        public static final ProcessVariable<String> REGISTRATION_DECISION = ProcessVariable.text("registrationDecision");
        public static final ProcessVariable<LocalDate> REGISTRATION_OPENS_ON = ProcessVariable.date("registrationOpensOn");
        public static final ProcessVariable<LocalDate> REGISTRATION_CLOSES_ON = ProcessVariable.date("registrationClosesOn");
        // hlta-new-visit-window (and LAPSE_REASON)
        public static final ProcessVariable<String> VISIT_WINDOW_DECISION = ProcessVariable.text("visitWindowDecision");
        public static final ProcessVariable<LocalDate> VISIT_WINDOW_CLOSES_ON = ProcessVariable.date("visitWindowClosesOn");
        /** hlta-reopen-registration and hlta-new-visit-window: why the candidacy lapses. */
        public static final ProcessVariable<String> LAPSE_REASON = ProcessVariable.text("lapseReason");
        // hlta-agree-dates (hlta-propose-dates and hlta-choose-dates: visitDate(slot))
        public static final ProcessVariable<String> DATES_ANSWER = ProcessVariable.text("datesAnswer");
        public static final ProcessVariable<String> DATES_NOTE = ProcessVariable.text("datesNote");
        // hlta-submit-tasks (its boxes: assessmentTask(task))
        public static final ProcessVariable<LocalDate> TASKS_SUBMITTED_ON = ProcessVariable.date("tasksSubmittedOn");
        // hlta-prepare-visit
        public static final ProcessVariable<Boolean> HEADTEACHER_BRIEFED = ProcessVariable.flag("headteacherBriefed");
        public static final ProcessVariable<List<String>> TEACHERS_TO_INTERVIEW = ProcessVariable.values("teachersToInterview");
        public static final ProcessVariable<Boolean> RECEPTION_TOLD = ProcessVariable.flag("receptionTold");
        public static final ProcessVariable<String> ASSESSOR_ROOM = ProcessVariable.text("assessorRoom");
        public static final ProcessVariable<Boolean> BULLETIN_NOTICE = ProcessVariable.flag("bulletinNotice");
        // hlta-confirm-visit
        public static final ProcessVariable<LocalDate> VISIT_ON = ProcessVariable.date("visitOn");
        public static final ProcessVariable<String> ASSESSOR_NAME = ProcessVariable.text("assessorName");
        public static final ProcessVariable<String> ARRIVAL_TIME = ProcessVariable.text("arrivalTime");
        // hlta-outcome
        public static final ProcessVariable<List<Integer>> MET_ATTRIBUTES = ProcessVariable.numbers("metAttributes");
        public static final ProcessVariable<List<Integer>> MET_KNOWLEDGE = ProcessVariable.numbers("metKnowledge");
        public static final ProcessVariable<List<Integer>> MET_SKILLS = ProcessVariable.numbers("metSkills");
        public static final ProcessVariable<String> ASSESSMENT_FEEDBACK = ProcessVariable.text("assessmentFeedback");
        // hlta-confirm-job-description
        public static final ProcessVariable<Boolean> JOB_DESCRIPTION_CONFIRMED = ProcessVariable.flag("jobDescriptionConfirmed");
        public static final ProcessVariable<LocalDate> ROLE_EFFECTIVE_FROM = ProcessVariable.date("roleEffectiveFrom");

        /** hlta-book-preparation: a preparation day (1 to RecordPreparationDaysDelegate.PREPARATION_DAY_FIELDS). */
        public static ProcessVariable<LocalDate> preparationDay(int day) {
            return ProcessVariable.date("preparationDay" + day);
        }

        /** hlta-propose-dates, hlta-choose-dates: a proposed visit date. */
        public static ProcessVariable<LocalDate> visitDate(int slot) {
            return ProcessVariable.date("visitDate" + slot);
        }

        /** hlta-submit-tasks: a written task's box (1 to RecordAssessmentTasksDelegate.TASK_FIELDS). */
        public static ProcessVariable<Boolean> assessmentTask(int task) {
            return ProcessVariable.flag("assessmentTask" + task);
        }

        private Vars() {
        }
    }

    /** What setRegistrationDates and setVisitWindow set, for the delegates that call them to declare. */
    static final Set<ProcessVariable<?>> REGISTRATION_DATES = Set.of(Vars.REGISTRATION_OPENS_AT, Vars.REGISTRATION_CLOSES_AT,
            Vars.REGISTRATION_MISSED_AT, Vars.REGISTRATION_DATES_TEXT);
    static final Set<ProcessVariable<?>> VISIT_WINDOW = Set.of(Vars.WINDOW_TEXT, Vars.VISIT_ESCALATION_AT, Vars.VISIT_WINDOW_CLOSED_AT,
            Vars.ASSESSMENT_TASKS_DUE_AT, Vars.ASSESSMENT_TASKS_MISSED_AT);

    static long candidacyId(VariableScope scope) {
        return Vars.CANDIDACY_ID.required(scope);
    }

    /** The candidate's step is due at the start of its last day; its timer fires at the start of the next school day. */
    static void setLastDay(VariableScope scope, CandidateStep step, LocalDate lastDay, WorkingDays school) {
        step.dueVariable().set(scope, CaseVariables.morningOf(lastDay));
        step.missedVariable().set(scope, CaseVariables.morningOf(school.after(lastDay, 1)));
    }

    /** The last day of the candidate's step, as its due date says. */
    static LocalDate lastDay(VariableScope scope, CandidateStep step) {
        return LocalDate.ofInstant(step.dueVariable().required(scope).toInstant(), SchoolTime.ZONE);
    }

    /** The registration timers: reminded on the first day, told on the last, missed on the next school day. */
    static void setRegistrationDates(VariableScope ex, Candidacies.RegistrationDates dates, WorkingDays school) {
        Vars.REGISTRATION_OPENS_AT.set(ex, CaseVariables.morningOf(dates.opensOn()));
        Vars.REGISTRATION_CLOSES_AT.set(ex, CaseVariables.morningOf(dates.closesOn()));
        Vars.REGISTRATION_MISSED_AT.set(ex, CaseVariables.morningOf(school.after(dates.closesOn(), 1)));
        Vars.REGISTRATION_DATES_TEXT.set(ex, dates.text());
    }

    /**
     * The visit window as forms show it, the day an unbooked visit is escalated, the day after it closes, and the
     * last day for the written tasks while no visit is booked: the policy's working days (5) before the latest
     * possible visit, the window's last day. Booking the visit brings it forward (SetVisitDeadlinesDelegate).
     */
    static void setVisitWindow(VariableScope ex, Assessments.Window window, WorkingDays school, TrustPolicy rules) {
        Vars.WINDOW_TEXT.set(ex, window.text());
        // Not booked the policy's working days (10) before the window closes: the local-authority contact is told.
        Vars.VISIT_ESCALATION_AT.set(ex, CaseVariables.morningOf(school.before(window.closesOn(), rules.hltaVisitAlertWorkingDays())));
        Vars.VISIT_WINDOW_CLOSED_AT.set(ex, CaseVariables.morningOf(school.after(window.closesOn(), 1)));
        LocalDate tasksBy = school.before(window.closesOn(), rules.hltaTasksBeforeVisitWorkingDays());
        setLastDay(ex, CandidateStep.ASSESSMENT_TASKS,
                tasksBy.isAfter(window.opensAfter()) ? tasksBy : school.after(window.opensAfter(), 1), school);
    }
    /**
     * Who recorded a step: the signed-in user; when the provider's message brought the data (the application
     * correlates it after checking the provider's account), that account.
     */
    static String recordedBy(DelegateExecution ex) {
        String provider = Vars.RECEIVED_FROM.get(ex);
        Actor actor = Actor.of(ex);
        return actor.isApplication() && provider != null ? provider : actor.name();
    }

    private HltaJourneyProcess() {
    }
}
