package uk.staffcareers.capability;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.staffcareers.platform.CaseVariables;

/** processes/performance-concern.bpmn and capability-procedure.bpmn: keys, message and variables. */
public final class PerformanceConcernProcess {

    public static final String KEY = "performance-concern";
    public static final String CAPABILITY_KEY = "capability-procedure";
    public static final String MESSAGE_RAISED = "ConcernRaised";

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

    static Date morningOf(LocalDate date) {
        return CaseVariables.morningOf(date);
    }

    private PerformanceConcernProcess() {
    }
}
