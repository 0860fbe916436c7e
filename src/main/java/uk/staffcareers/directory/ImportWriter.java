package uk.staffcareers.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Writes a plan without errors: the trust and schools, then every new or changed record in a few batched
 * statements, their qualifications, and their accounts, groups and tenants (IdentitySync, all at once). A new school
 * brings the trust-wide staff into its tenant too.
 */
@Component
class ImportWriter {

    private final StaffDirectory directory;
    private final IdentitySync identities;

    ImportWriter(StaffDirectory directory, IdentitySync identities) {
        this.directory = directory;
        this.identities = identities;
    }

    void write(ImportPlan plan) {
        if (plan.newTrust() != null) {
            directory.saveTrust(plan.newTrust());
        }
        plan.schoolWrites().forEach(school -> {
            directory.saveSchool(school);
            directory.setSchoolUrn(school.id(), plan.urnWrites().get(school.id()));
        });
        List<StaffMember> members = plan.staffWrites().stream().map(Incoming::member).toList();
        Map<String, EmploymentDetails> details = new LinkedHashMap<>();
        plan.staffWrites().forEach(one -> details.put(one.member().id(), one.details()));
        directory.saveAll(members, details);
        directory.replaceQualifications(plan.qualificationWrites());
        List<StaffMember> accounts = new ArrayList<>(members);
        if (!plan.schoolWrites().isEmpty()) {
            directory.all().stream().filter(s -> s.schoolId() == null && !details.containsKey(s.id())).forEach(accounts::add);
        }
        if (!accounts.isEmpty() || !plan.schoolWrites().isEmpty()) {
            identities.syncStaff(accounts);
        }
    }
}
