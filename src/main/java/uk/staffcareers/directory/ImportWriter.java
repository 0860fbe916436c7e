package uk.staffcareers.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.LineManagerChanged;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.StaffMoved;

/**
 * Writes a plan without errors: the trust and schools, then every new or changed record in a few batched
 * statements, their qualifications, and their accounts, groups and tenants (IdentitySync, all at once). A new school
 * brings the trust-wide staff into its tenant too. Then, in the same transaction, the cases hear of it: everyone who
 * moved school (StaffMoved), then everyone with another line manager (LineManagerChanged).
 */
@Component
class ImportWriter {

    private final StaffDirectory directory;
    private final IdentitySync identities;
    private final ApplicationEventPublisher events;

    ImportWriter(StaffDirectory directory, IdentitySync identities, ApplicationEventPublisher events) {
        this.directory = directory;
        this.identities = identities;
        this.events = events;
    }

    /** by: who applies the plan, whom the cases' records name for what follows from it. */
    void write(ImportPlan plan, String by) {
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
        tellTheCases(plan, members, by);
    }

    private void tellTheCases(ImportPlan plan, List<StaffMember> members, String by) {
        for (StaffMember now : members) {
            StaffMember before = plan.storedBefore().get(now.id());
            if (before != null && !Objects.equals(before.schoolId(), now.schoolId())) {
                events.publishEvent(new StaffMoved(now, before.schoolId(), now.schoolId(), by));
            }
        }
        for (StaffMember now : members) {
            StaffMember before = plan.storedBefore().get(now.id());
            if (before != null && !Objects.equals(before.lineManagerId(), now.lineManagerId())) {
                events.publishEvent(new LineManagerChanged(now, before.lineManagerId(), now.lineManagerId(), by));
            }
        }
    }
}
