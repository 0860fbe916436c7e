package uk.staffcareers.staff;

import java.util.List;
import java.util.Map;

/**
 * What an import of the MIS files (or one record changed on the directory page) writes: only what differs from the
 * directory. newTrust is null when the trust is already there; urns are the schools' DfE numbers, by school id.
 */
public record ImportedRecords(Trust newTrust, List<School> schools, Map<String, String> urns, List<StaffMember> staff,
        Map<String, EmploymentDetails> details, Map<String, List<Qualification>> qualifications) {
}
