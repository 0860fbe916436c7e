package uk.staffcareers.capability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.OptionalLong;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.staffcareers.platform.VariableValues;
import uk.staffcareers.platform.AsApplication;

/** processes/performance-concern.bpmn and capability-procedure.bpmn: keys, message and variables. */
public final class PerformanceConcernProcess {

    public static final String KEY = "performance-concern";
    public static final String CAPABILITY_KEY = "capability-procedure";
    public static final String MESSAGE_RAISED = "ConcernRaised";

    private static final String CONCERN_PREFIX = "CONCERN-";
    private static final String CAPABILITY_PREFIX = "CAPABILITY-";

    /** A concern's business key, by which its documents name it too (mail/Confidential knows its prefix). */
    public static String businessKey(long concernId) {
        return CONCERN_PREFIX + concernId;
    }

    /** A capability case's business key, by which its letters name it too (mail/Confidential knows its prefix). */
    public static String capabilityBusinessKey(long caseId) {
        return CAPABILITY_PREFIX + caseId;
    }

    /** The concern a key made by businessKey names; empty for any other text. */
    static OptionalLong concernOf(String businessKey) {
        return idAfter(CONCERN_PREFIX, businessKey);
    }

    /** The capability case a key made by capabilityBusinessKey names; empty for any other text. */
    static OptionalLong capabilityCaseOf(String businessKey) {
        return idAfter(CAPABILITY_PREFIX, businessKey);
    }

    private static OptionalLong idAfter(String prefix, String businessKey) {
        if (businessKey == null || !businessKey.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(businessKey.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Variables: ids, who does what, what gateways and timers read. */
    public static final class Vars {
        public static final ProcessVariable<String> STAFF_ID = ProcessVariable.text("staffId");
        public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.text("description");
        public static final ProcessVariable<String> RAISED_BY = ProcessVariable.text("raisedBy");
        public static final ProcessVariable<String> APPRAISAL_REF = ProcessVariable.text("appraisalRef");
        public static final ProcessVariable<Long> CONCERN_ID = ProcessVariable.id("concernId");
        public static final ProcessVariable<String> STAFF_NAME = ProcessVariable.text("staffName");
        public static final ProcessVariable<String> EMPLOYEE = ProcessVariable.text("employee");
        public static final ProcessVariable<String> REVIEWER = ProcessVariable.text("reviewer");
        public static final ProcessVariable<String> HEADTEACHER = ProcessVariable.text("headteacher");
        public static final ProcessVariable<String> HR_ADVISER = ProcessVariable.text("hrAdviser");
        public static final ProcessVariable<Date> REVIEW_AT = ProcessVariable.dateTime("reviewAt");
        public static final ProcessVariable<Long> WRITTEN_RECORD_ID = ProcessVariable.id("writtenRecordId");
        public static final ProcessVariable<Date> REMINDER_AT = ProcessVariable.dateTime("reminderAt");
        public static final ProcessVariable<String> REVIEW_OUTCOME = ProcessVariable.text("reviewOutcome");
        public static final ProcessVariable<Long> CAPABILITY_CASE_ID = ProcessVariable.id("capabilityCaseId");
        public static final ProcessVariable<Date> MEETING_AT = ProcessVariable.dateTime("meetingAt");
        public static final ProcessVariable<Date> MONITORING_UNTIL = ProcessVariable.dateTime("monitoringUntil");
        public static final ProcessVariable<String> FORMAL_OUTCOME = ProcessVariable.text("formalOutcome");
        public static final ProcessVariable<Boolean> FINAL_WARNING_GIVEN = ProcessVariable.flag("finalWarningGiven");
        public static final ProcessVariable<Date> DECISION_MEETING_AT = ProcessVariable.dateTime("decisionMeetingAt");
        public static final ProcessVariable<String> DECISION = ProcessVariable.text("decision");
        public static final ProcessVariable<Date> APPEAL_BY = ProcessVariable.dateTime("appealBy");
        public static final ProcessVariable<Date> APPEAL_HEARING_AT = ProcessVariable.dateTime("appealHearingAt");
        public static final ProcessVariable<String> MEETING = ProcessVariable.text("meeting");

        // Form fields, by form (forms/*.form; the field id is the variable's name). Texts are kept as written, unstripped.
        // concern-informal-meeting (and the date of every meeting a capability form arranges)
        public static final ProcessVariable<LocalDate> MEETING_DATE = ProcessVariable.date("meetingDate");
        public static final ProcessVariable<String> NATURE = ProcessVariable.string("nature");
        public static final ProcessVariable<String> SERIOUSNESS = ProcessVariable.string("seriousness");
        public static final ProcessVariable<String> LINKED_TO = ProcessVariable.string("linkedTo");
        public static final ProcessVariable<Boolean> SUPPORT_COACHING = ProcessVariable.flag("supportCoaching");
        public static final ProcessVariable<Boolean> SUPPORT_MENTORING = ProcessVariable.flag("supportMentoring");
        public static final ProcessVariable<Boolean> SUPPORT_TRAINING = ProcessVariable.flag("supportTraining");
        public static final ProcessVariable<Boolean> SUPPORT_OBSERVING_BEST_PRACTICE = ProcessVariable.flag("supportObservingBestPractice");
        public static final ProcessVariable<String> SUPPORT_DETAILS = ProcessVariable.string("supportDetails");
        public static final ProcessVariable<String> SUPPORT_PROVIDER = ProcessVariable.string("supportProvider");
        public static final ProcessVariable<String> IMPLICATIONS = ProcessVariable.string("implications");
        public static final ProcessVariable<LocalDate> REVIEW_DATE = ProcessVariable.date("reviewDate");
        // concern-employee-response
        public static final ProcessVariable<String> EMPLOYEE_COMMENTS = ProcessVariable.string("employeeComments");
        public static final ProcessVariable<Boolean> RECORD_RECEIVED = ProcessVariable.flag("recordReceived");
        // concern-review
        public static final ProcessVariable<String> REMAINING_ISSUES = ProcessVariable.string("remainingIssues");
        public static final ProcessVariable<LocalDate> NEW_REVIEW_DATE = ProcessVariable.date("newReviewDate");
        // capability-invite, capability-invite-decision, capability-arrange-appeal, capability-move-meeting (with MEETING_DATE)
        public static final ProcessVariable<String> MEETING_TIME = ProcessVariable.string("meetingTime");
        public static final ProcessVariable<String> MEETING_PLACE = ProcessVariable.string("meetingPlace");
        public static final ProcessVariable<String> APPEAL_PANEL = ProcessVariable.string("appealPanel");
        public static final ProcessVariable<String> MOVE_REASON = ProcessVariable.string("moveReason");
        // capability-record-meeting
        public static final ProcessVariable<String> TARGETS = ProcessVariable.string("targets");
        public static final ProcessVariable<String> SUPPORT = ProcessVariable.string("support");
        public static final ProcessVariable<String> COMPANION = ProcessVariable.string("companion");
        public static final ProcessVariable<String> MEETING_NOTES = ProcessVariable.string("meetingNotes");
        public static final ProcessVariable<Integer> MONITORING_WEEKS = ProcessVariable.number("monitoringWeeks");
        // capability-formal-review (with FORMAL_OUTCOME)
        public static final ProcessVariable<Integer> FURTHER_WEEKS = ProcessVariable.number("furtherWeeks");
        public static final ProcessVariable<Integer> FINAL_WARNING_WEEKS = ProcessVariable.number("finalWarningWeeks");
        // capability-decision (with DECISION)
        public static final ProcessVariable<String> DECISION_REASONS = ProcessVariable.string("decisionReasons");
        public static final ProcessVariable<String> DECISION_COMPANION = ProcessVariable.string("decisionCompanion");
        public static final ProcessVariable<Integer> NOTICE_WEEKS = ProcessVariable.number("noticeWeeks");
        // capability-appeal
        public static final ProcessVariable<String> APPEAL_GROUNDS = ProcessVariable.string("appealGrounds");
        // capability-appeal-outcome
        public static final ProcessVariable<String> APPEAL_OUTCOME = ProcessVariable.string("appealOutcome");
        public static final ProcessVariable<String> APPEAL_REASONS = ProcessVariable.string("appealReasons");

        private Vars() {
        }
    }

    /**
     * Starts a concern's own confidential case from another case (an appraisal), linked by that case's key. The
     * application sends the start message, which no user may, naming who raised it.
     */
    public static void raiseFrom(DelegateExecution from, String staffId, String description, String raisedBy) {
        var engine = from.getProcessEngineServices();
        var message = engine.getRuntimeService().createMessageCorrelation(MESSAGE_RAISED)
                .setVariables(VariableValues.of().with(Vars.STAFF_ID, staffId).with(Vars.DESCRIPTION, description)
                        .with(Vars.RAISED_BY, raisedBy).with(Vars.APPRAISAL_REF, from.getProcessBusinessKey()).asMap());
        AsApplication.run(engine.getIdentityService(), message::correlateStartMessage);
    }

    static long concernId(VariableScope scope) {
        return Vars.CONCERN_ID.required(scope);
    }

    static long capabilityCaseId(VariableScope scope) {
        return Vars.CAPABILITY_CASE_ID.required(scope);
    }

    /** The meeting a form names: meetingDate and meetingTime (hh:mm); null when no date is given. */
    static LocalDateTime meetingAt(VariableScope scope) {
        LocalDate day = Vars.MEETING_DATE.get(scope);
        try {
            return day == null ? null : day.atTime(LocalTime.parse(String.valueOf(Vars.MEETING_TIME.get(scope))));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Give the meeting time as hh:mm, e.g. 15:30");
        }
    }

    static Date at(LocalDateTime time) {
        return Date.from(time.atZone(SchoolTime.ZONE).toInstant());
    }

    static Date morningOf(LocalDate date) {
        return CaseVariables.morningOf(date);
    }

    private PerformanceConcernProcess() {
    }

    /** The review of an informal stage and its reminder, the policy's working days before it. */
    static void scheduleReview(VariableScope ex, LocalDate reviewOn, WorkingDays days, int reminderWorkingDays) {
        Vars.REVIEW_AT.set(ex, morningOf(reviewOn));
        Vars.REMINDER_AT.set(ex, morningOf(days.before(reviewOn, reminderWorkingDays)));
    }
}
