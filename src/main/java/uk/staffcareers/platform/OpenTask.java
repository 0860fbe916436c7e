package uk.staffcareers.platform;

import java.time.Instant;

/**
 * A user task as mail speaks of it, without the engine's types: its name, who has it, when it is due, the process it
 * belongs to (which says whether it is confidential), the person the case is about (staffName, when the case has one)
 * and the case's reference and school (tenant).
 */
public record OpenTask(String id, String name, String assignee, Instant due, String processKey, String staffName,
        String caseRef, String tenantId) {
}
