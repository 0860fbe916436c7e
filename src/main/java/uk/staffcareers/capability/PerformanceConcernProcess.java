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
        public static final String STAFF_ID = "staffId";
        public static final String DESCRIPTION = "description";
        public static final String RAISED_BY = "raisedBy";
        public static final String APPRAISAL_REF = "appraisalRef";
        public static final String CONCERN_ID = "concernId";
        public static final String STAFF_NAME = "staffName";
        public static final String EMPLOYEE = "employee";
        public static final String REVIEWER = "reviewer";
        public static final String HEADTEACHER = "headteacher";
        public static final String HR_ADVISER = "hrAdviser";
        public static final String REVIEW_AT = "reviewAt";
        public static final String WRITTEN_RECORD_ID = "writtenRecordId";
        public static final String REMINDER_AT = "reminderAt";
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        public static final String CAPABILITY_CASE_ID = "capabilityCaseId";
        public static final String MEETING_AT = "meetingAt";
        public static final String MONITORING_UNTIL = "monitoringUntil";
        public static final String FORMAL_OUTCOME = "formalOutcome";
        public static final String FINAL_WARNING_GIVEN = "finalWarningGiven";
        public static final String DECISION_MEETING_AT = "decisionMeetingAt";
        public static final String DECISION = "decision";
        public static final String APPEAL_BY = "appealBy";
        public static final String APPEAL_HEARING_AT = "appealHearingAt";
        public static final String MEETING = "meeting";

        private Vars() {
        }
    }

    static long concernId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.CONCERN_ID)).longValue();
    }

    static long capabilityCaseId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.CAPABILITY_CASE_ID)).longValue();
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static LocalDate date(VariableScope scope, String name) {
        return CaseVariables.date(scope, name);
    }

    /** The meeting a form names: meetingDate and meetingTime (hh:mm); null when no date is given. */
    static LocalDateTime meetingAt(VariableScope scope) {
        LocalDate day = date(scope, "meetingDate");
        try {
            return day == null ? null : day.atTime(LocalTime.parse(String.valueOf(scope.getVariable("meetingTime"))));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Give the meeting time as hh:mm, e.g. 15:30");
        }
    }

    static Date at(LocalDateTime time) {
        return Date.from(time.atZone(SchoolTime.ZONE).toInstant());
    }

    static Integer number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : ((Number) value).intValue();
    }

    static Date morningOf(LocalDate date) {
        return CaseVariables.morningOf(date);
    }

    private PerformanceConcernProcess() {
    }

    /** The review of an informal stage and its reminder, the policy's working days before it. */
    static void scheduleReview(VariableScope ex, LocalDate reviewOn, WorkingDays days, int reminderWorkingDays) {
        ex.setVariable(Vars.REVIEW_AT, morningOf(reviewOn));
        ex.setVariable(Vars.REMINDER_AT, morningOf(days.before(reviewOn, reminderWorkingDays)));
    }
}
