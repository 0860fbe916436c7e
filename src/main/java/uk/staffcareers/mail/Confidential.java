package uk.staffcareers.mail;

import java.util.List;
import java.util.Set;

/**
 * Performance concerns and the Capability Procedure are confidential: their mail says only that there is a
 * confidential task or message, never whom or what it is about, as a mailbox may be read by others or forwarded.
 */
final class Confidential {

    /** processes/performance-concern.bpmn, capability-procedure.bpmn and the meeting it calls, capability-meeting.bpmn. */
    private static final Set<String> PROCESSES = Set.of("performance-concern", "capability-procedure", "capability-meeting");
    /** Their case references (capability.PerformanceConcernProcess.businessKey, capabilityBusinessKey): mail knows no feature
     * beyond its own, so it knows their prefixes. */
    private static final List<String> CASE_PREFIXES = List.of("CONCERN-", "CAPABILITY-");

    static final String TASK_SUBJECT = "Staff careers: a confidential task";
    static final String TASK_TEXT = "You have a confidential task in Staff careers. Open Tasklist to see it.";
    static final String MESSAGE_SUBJECT = "Staff careers: a confidential message";
    static final String MESSAGE_TEXT = "You have a confidential message in Staff careers. Sign in to Staff careers to read it.";

    private Confidential() {
    }

    static boolean process(String processKey) {
        return processKey != null && PROCESSES.contains(processKey);
    }

    static boolean caseRef(String caseRef) {
        return caseRef != null && CASE_PREFIXES.stream().anyMatch(caseRef::startsWith);
    }
}
