package uk.staffcareers.hlta;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

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
        public static final String CANDIDACY_ID = "candidacyId";
        public static final String REFERENCE = "reference";
        public static final String STAFF_NAME = "staffName";
        public static final String SCHOOL_NAME = "schoolName";
        public static final String CANDIDATE = "candidate";
        public static final String HEADTEACHER = "headteacher";
        public static final String HEADTEACHER_NAME = "headteacherName";
        public static final String COORDINATOR = "coordinator";
        public static final String HR = "hrAdviser";
        public static final String READINESS_RESULT = "readinessResult";
        public static final String READINESS_RECOMMENDATION = "readinessRecommendation";
        public static final String READY = "ready";
        public static final String RETURN_CHOICE = "returnChoice";
        public static final String PREPARATION_DAY_1_AT = "preparationDay1At";
        public static final String PREPARATION_DAY_2_AT = "preparationDay2At";
        public static final String VISIT_ESCALATION_AT = "visitEscalationAt";
        /** The trust's numbers of preparation days and written tasks: the forms show that many fields. */
        public static final String PREPARATION_DAYS_REQUIRED = "preparationDaysRequired";
        public static final String ASSESSMENT_TASKS_REQUIRED = "assessmentTasksRequired";
        /** The registration timers: preparation days 1 and 2, or the provider's re-opened dates; missed the next school day. */
        public static final String REGISTRATION_OPENS_AT = "registrationOpensAt";
        public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";
        public static final String REGISTRATION_MISSED_AT = "registrationMissedAt";
        public static final String REGISTRATION_DATES_TEXT = "registrationDatesText";
        public static final String REGISTRATION_REOPENED = "registrationReopened";
        /** The school day after the visit window's last day: no visit booked by then leaves it to the coordinator. */
        public static final String VISIT_WINDOW_CLOSED_AT = "visitWindowClosedAt";
        public static final String NEW_VISIT_WINDOW_GIVEN = "newVisitWindowGiven";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";
        public static final String WINDOW_TEXT = "visitWindowText";
        /** The standards not met, as the candidate reads them ("3, 7"). */
        public static final String STANDARDS_NOT_MET_TEXT = "standardsNotMetText";
        /** The proposed visit dates as people read them, for the forms that show them. */
        public static final String VISIT_DATES_TEXT = "visitDatesText";
        public static final String DATES_AGREED = "datesAgreed";
        public static final String VISIT_AT = "visitAt";
        public static final String ALL_STANDARDS_MET = "allStandardsMet";
        public static final String STANDARD_RESULTS = "standardResults";
        public static final String RECEIVED_FROM = "receivedFrom";
        public static final String JOB_DESCRIPTION_ID = "jobDescriptionId";
        public static final String REASSESSMENT_CHOICE = "reassessmentChoice";
        /**
         * A candidate's step that the school waits on (CandidateStep): due at the start of its last day, missed
         * at the start of the next school day, when its timer moves the case on.
         */
        public static final String CANDIDATE_STEP = "candidateStep";
        public static final String VISIT_DATES_DUE_AT = "visitDatesDueAt";
        public static final String VISIT_DATES_MISSED_AT = "visitDatesMissedAt";
        public static final String ASSESSMENT_TASKS_DUE_AT = "assessmentTasksDueAt";
        public static final String ASSESSMENT_TASKS_MISSED_AT = "assessmentTasksMissedAt";
        public static final String VISIT_PREPARATION_DUE_AT = "visitPreparationDueAt";
        public static final String VISIT_PREPARATION_MISSED_AT = "visitPreparationMissedAt";
        public static final String REASSESSMENT_DUE_AT = "reassessmentDueAt";
        public static final String REASSESSMENT_MISSED_AT = "reassessmentMissedAt";

        private Vars() {
        }
    }

    static long candidacyId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.CANDIDACY_ID)).longValue();
    }

    /** The candidate's step is due at the start of its last day; its timer fires at the start of the next school day. */
    static void setLastDay(VariableScope scope, CandidateStep step, LocalDate lastDay, WorkingDays school) {
        scope.setVariable(step.dueVariable(), CaseVariables.morningOf(lastDay));
        scope.setVariable(step.missedVariable(), CaseVariables.morningOf(school.after(lastDay, 1)));
    }

    /** The last day of the candidate's step, as its due date says. */
    static LocalDate lastDay(VariableScope scope, CandidateStep step) {
        return LocalDate.ofInstant(((Date) scope.getVariable(step.dueVariable())).toInstant(), SchoolTime.ZONE);
    }

    /** The registration timers: reminded on the first day, told on the last, missed on the next school day. */
    static void setRegistrationDates(VariableScope ex, Candidacies.RegistrationDates dates, WorkingDays school) {
        ex.setVariable(Vars.REGISTRATION_OPENS_AT, CaseVariables.morningOf(dates.opensOn()));
        ex.setVariable(Vars.REGISTRATION_CLOSES_AT, CaseVariables.morningOf(dates.closesOn()));
        ex.setVariable(Vars.REGISTRATION_MISSED_AT, CaseVariables.morningOf(school.after(dates.closesOn(), 1)));
        ex.setVariable(Vars.REGISTRATION_DATES_TEXT, dates.text());
    }

    /**
     * The visit window as forms show it, the day an unbooked visit is escalated, the day after it closes, and the
     * last day for the written tasks while no visit is booked: the policy's working days (5) before the latest
     * possible visit, the window's last day. Booking the visit brings it forward (SetVisitDeadlinesDelegate).
     */
    static void setVisitWindow(VariableScope ex, Assessments.Window window, WorkingDays school, TrustPolicy rules) {
        ex.setVariable(Vars.WINDOW_TEXT, window.text());
        // Not booked the policy's working days (10) before the window closes: the local-authority contact is told.
        ex.setVariable(Vars.VISIT_ESCALATION_AT, CaseVariables.morningOf(school.before(window.closesOn(), rules.hltaVisitAlertWorkingDays())));
        ex.setVariable(Vars.VISIT_WINDOW_CLOSED_AT, CaseVariables.morningOf(school.after(window.closesOn(), 1)));
        LocalDate tasksBy = school.before(window.closesOn(), rules.hltaTasksBeforeVisitWorkingDays());
        setLastDay(ex, CandidateStep.ASSESSMENT_TASKS,
                tasksBy.isAfter(window.opensAfter()) ? tasksBy : school.after(window.opensAfter(), 1), school);
    }
    /**
     * Who recorded a step: the signed-in user; when the provider's message brought the data (the application
     * correlates it after checking the provider's account), that account.
     */
    static String recordedBy(DelegateExecution ex) {
        String provider = CaseVariables.text(ex, Vars.RECEIVED_FROM);
        Actor actor = Actor.of(ex);
        return actor.isApplication() && provider != null ? provider : actor.name();
    }

    private HltaJourneyProcess() {
    }
}
