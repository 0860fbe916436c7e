package uk.staffcareers.directory;

import java.util.List;
import java.util.Map;

import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/**
 * What an import would change, and every error in its files. Only a plan without errors is applied; its writes are
 * only what differs from the directory, so applying the same files again writes nothing.
 */
record ImportPlan(List<ImportError> errors, List<SchoolChange> schools, List<StaffChange> staff, Trust newTrust,
        List<School> schoolWrites, Map<String, String> urnWrites, List<Incoming> staffWrites,
        Map<String, List<Qualification>> qualificationWrites, Map<String, StaffMember> storedBefore) {

    static ImportPlan refused(List<ImportError> errors) {
        return new ImportPlan(errors, List.of(), List.of(), null, List.of(), Map.of(), List.of(), Map.of(), Map.of());
    }

    boolean applicable() {
        return errors.isEmpty();
    }

    long count(Change change) {
        return staff.stream().filter(s -> s.change() == change).count();
    }

    long schoolCount(Change change) {
        return schools.stream().filter(s -> s.change() == change).count();
    }
}
