package uk.staffcareers.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.ImportedRecords;
import uk.staffcareers.staff.LineManagerChanged;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.StaffMoved;

/**
 * Writes a plan without errors through the directory (StaffDirectory.bringIn: the trust, schools, records and
 * qualifications, then their accounts, groups and tenants). Then, in the same transaction, the cases hear of it:
 * everyone who moved school (StaffMoved), then everyone with another line manager (LineManagerChanged).
 */
@Component
class ImportWriter {

    private final StaffDirectory directory;
    private final ApplicationEventPublisher events;

    ImportWriter(StaffDirectory directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    /** by: who applies the plan, whom the cases' records name for what follows from it. */
    void write(ImportPlan plan, String by) {
        List<StaffMember> members = plan.staffWrites().stream().map(Incoming::member).toList();
        Map<String, EmploymentDetails> details = new LinkedHashMap<>();
        plan.staffWrites().forEach(one -> details.put(one.member().id(), one.details()));
        directory.bringIn(new ImportedRecords(plan.newTrust(), plan.schoolWrites(), plan.urnWrites(), members, details,
                plan.qualificationWrites()));
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
