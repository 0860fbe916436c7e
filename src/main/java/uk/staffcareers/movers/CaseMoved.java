package uk.staffcareers.movers;

import java.util.Map;

import uk.staffcareers.staff.StaffMember;

/**
 * A case about a mover now runs in their new school, as caseId under the same business key. successors: the user name of
 * each person of the old school who had a part in it, with the user name of whoever took it over. Published in the
 * move's transaction, for a feature whose records name those people (an appraisal's appraiser).
 */
public record CaseMoved(String processKey, String businessKey, String caseId, StaffMember staff, Map<String, String> successors,
        String movedBy) {
}
