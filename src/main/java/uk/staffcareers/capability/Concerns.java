package uk.staffcareers.capability;

import static uk.staffcareers.InvalidInputException.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.DocumentContent.Field;
import uk.staffcareers.documents.DocumentContent.Fields;
import uk.staffcareers.documents.DocumentContent.Paragraph;
import uk.staffcareers.documents.DocumentContent.Section;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** A performance concern (policy 2.2.6): raised, met about informally, responded to, and reviewed. */
@Service
public class Concerns {

    public static final String MEETING_RECORD = "CONCERN_MEETING_RECORD";
    public static final String CAPABILITY_NOTICE = "CAPABILITY_NOTICE";
    static final Set<String> SUPPORT = Set.of("COACHING", "MENTORING", "TRAINING", "OBSERVING_BEST_PRACTICE");

    /** Who is involved: the employee, the reviewer (whoever raised it), their headteacher and HR. */
    public record Raised(long concernId, StaffMember staff, String reviewer, String headteacher, String hrAdviser) {
    }

    public record Meeting(LocalDate meetingOn, String nature, String seriousness, String linkedTo, List<String> support,
            String supportDetails, String supportProvider, String implications, LocalDate reviewOn) {
    }

    public enum Outcome { SUFFICIENT, EXTENDED, INSUFFICIENT }

    /** The meeting's outcome for the process: when to review, and the written record issued. */
    public record Recorded(LocalDate reviewOn, long writtenRecordId) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Appraisers appraisers;
    private final PolicySettings policy;
    private final Documents documents;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** A concern raised in an appraisal has been concluded; the appraisal notes it (same transaction). */
    public record ConcernConcluded(String appraisalRef, String concernRef, boolean capability, String remainingIssues) {
    }

    Concerns(JdbcClient jdbc, StaffDirectory directory, Appraisers appraisers, PolicySettings policy, Documents documents,
            Clock clock, ApplicationEventPublisher events) {
        this.appraisers = appraisers;
        this.events = events;
        this.jdbc = jdbc;
        this.directory = directory;
        this.policy = policy;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Raised by the employee's appraiser or line manager (policy 2.2.6), their headteacher or the
     * trust's central team; about a headteacher, only by the CEO or HR. Anyone else is refused.
     */
    public Raised raise(String staffId, String description, Actor raisedBy, String appraisalRef) {
        StaffMember staff = directory.get(staffId);
        requireText(description, "Describe the concern");
        StaffMember raiser = directory.findByUsername(raisedBy.name()).orElseThrow(() -> new NotAllowedException(
                "Only a member of the trust's staff in the directory raises a concern"));
        if (!mayRaise(raiser, staff)) {
            throw new NotAllowedException(staff.role() == Role.HEADTEACHER
                    ? "A concern about a headteacher is raised by the CEO or HR"
                    : "A concern is raised by the employee's appraiser, line manager, headteacher or the trust's central team");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into performance_concern (staff_id, raised_by, raised_at, appraisal_ref, description, status)
                values (?, ?, ?, ?, ?, 'RAISED')""")
                .params(staffId, raiser.username(), now(), appraisalRef, description.strip()).update(key, "id");
        return new Raised(key.getKey().longValue(), staff, raiser.username(), headteacher(staff), hrAdviser(staff));
    }

    private boolean mayRaise(StaffMember raiser, StaffMember staff) {
        if (raiser.id().equals(staff.id())) {
            return false;
        }
        if (staff.role() == Role.HEADTEACHER) {
            return raiser.role().centralTeam();
        }
        return raiser.role().centralTeam() || raiser.id().equals(staff.lineManagerId())
                || appraisers.appraises(raiser.username(), staff.id())
                || (raiser.role() == Role.HEADTEACHER && raiser.schoolId() != null && raiser.schoolId().equals(staff.schoolId()));
    }

    /** The informal meeting, written up afterwards; the written record is issued as a PDF. */
    public Recorded recordMeeting(long concernId, Meeting m, String by) {
        StaffMember staff = staffOf(concernId);
        LocalDate today = LocalDate.now(clock);
        if (m.meetingOn() == null || m.meetingOn().isAfter(today)) {
            throw new InvalidInputException("Record the meeting after it has happened: give the date it took place");
        }
        requireText(m.nature(), "Describe the nature of the concerns");
        if (m.seriousness() == null || !Set.of("MINOR", "MODERATE", "SERIOUS").contains(m.seriousness())) {
            throw new InvalidInputException("Say how serious the concerns are");
        }
        if (m.support() == null || m.support().isEmpty() || !SUPPORT.containsAll(m.support())) {
            throw new InvalidInputException("Choose the support agreed: coaching, mentoring, training or observing best practice");
        }
        requireText(m.supportDetails(), "Give the details of the support agreed");
        requireText(m.supportProvider(), "Say who provides the support");
        requireText(m.implications(), "Explain the implications if there is not enough improvement");
        TrustPolicy trust = policy.forTrust(staff.trustId());
        requireReviewDate(m.reviewOn(), today, trust);
        jdbc.sql("""
                update performance_concern set meeting_on = ?, nature = ?, seriousness = ?, linked_to = ?, support = ?,
                  support_details = ?, support_provider = ?, implications = ?, review_on = ?, status = 'SUPPORT' where id = ?""")
                .params(m.meetingOn(), m.nature().strip(), m.seriousness(), m.linkedTo(), String.join(",", m.support()),
                        m.supportDetails().strip(), m.supportProvider().strip(), m.implications().strip(), m.reviewOn(), concernId)
                .update();
        return new Recorded(m.reviewOn(), issueRecord(concernId, by));
    }

    /** The employee's own comments, and their acknowledgement of the written record, which is re-issued with them. */
    public void respond(long concernId, String comments, boolean acknowledged, String by) {
        StaffMember staff = staffOf(concernId);
        if (!staff.username().equals(by)) {
            throw new NotAllowedException("Only " + staff.fullName() + " can comment on and acknowledge the written record");
        }
        if (!acknowledged) {
            throw new InvalidInputException("Acknowledge that you have received the written record of the meeting");
        }
        jdbc.sql("update performance_concern set employee_comments = ?, acknowledged_at = ? where id = ?")
                .params(comments == null || comments.isBlank() ? null : comments.strip(), now(), concernId).update();
        issueRecord(concernId, by);
    }

    /** The progress review, by the reviewer only; an extension moves the review date (as often as policy allows). */
    public Outcome review(long concernId, Outcome outcome, String remainingIssues, LocalDate newReviewOn, String by) {
        var concern = jdbc.sql("""
                select staff_id, coalesce(reviewer, raised_by) as reviewer, extensions from performance_concern where id = ?""")
                .param(concernId).query(ReviewedConcern.class).optional()
                .orElseThrow(() -> new InvalidInputException("No concern " + concernId));
        if (!concern.reviewer().equals(by)) {
            throw new NotAllowedException("Only the person who raised this concern records its review");
        }
        if (outcome == null) {
            throw new InvalidInputException("Say whether there has been enough improvement");
        }
        StaffMember staff = directory.get(concern.staffId());
        TrustPolicy trust = policy.forTrust(staff.trustId());
        if (outcome == Outcome.EXTENDED) {
            if (concern.extensions() >= trust.supportExtensionsAllowed()) {
                throw new InvalidInputException("The support has been extended " + concern.extensions()
                        + " time(s), the most the policy allows");
            }
            requireReviewDate(newReviewOn, LocalDate.now(clock), trust);
            jdbc.sql("update performance_concern set review_on = ?, extensions = extensions + 1, remaining_issues = ? where id = ?")
                    .params(newReviewOn, remainingIssues, concernId).update();
            return outcome;
        }
        jdbc.sql("""
                update performance_concern set outcome = ?, remaining_issues = ?, reviewed_by = ?, reviewed_at = ?, status = ?
                where id = ?""")
                .params(outcome.name(), remainingIssues, by, now(), outcome == Outcome.SUFFICIENT ? "CLOSED" : "CAPABILITY",
                        concernId).update();
        appraisalRef(concernId).ifPresent(ref -> events.publishEvent(
                new ConcernConcluded(ref, caseRef(concernId), outcome == Outcome.INSUFFICIENT, remainingIssues)));
        return outcome;
    }

    /**
     * The employee moved school with the concern and its reviewer stayed (MoverCasesProcess): whoever took over the review in
     * the new school records it from now on; the record still says who raised it.
     */
    public void reviewerReplaced(long concernId, String from, String to) {
        jdbc.sql("update performance_concern set reviewer = ? where id = ? and coalesce(reviewer, raised_by) = ?")
                .params(to, concernId, from).update();
    }

    /** The written notification that performance will now be managed under the Capability Procedure. */
    public long issueCapabilityNotice(long concernId, String by) {
        StaffMember staff = staffOf(concernId);
        String remaining = jdbc.sql("select remaining_issues from performance_concern where id = ?").param(concernId)
                .query(String.class).optional().orElse(null);
        int notice = policy.forTrust(staff.trustId()).capabilityNoticeWorkingDays();
        return documents.issue(CAPABILITY_NOTICE, staff.id(), caseRef(concernId), new DocumentContent(
                "Notification: your performance will be managed under the Capability Procedure", "To " + staff.fullName(),
                List.of(new Section("Why", List.of(new Paragraph("At the progress review of the concerns raised about your "
                        + "performance, progress was not satisfactory. As the performance management policy provides, your "
                        + "performance will now be managed under the trust's Capability Procedure."))),
                        new Section("What remains to improve", List.of(new Paragraph(remaining == null ? "-" : remaining))),
                        new Section("What happens next", List.of(new Paragraph("HR will invite you, with at least " + notice
                                + " working days' notice, to a formal capability meeting. You have the right to be accompanied by a "
                                + "trade union representative or a work colleague."))))), by);
    }

    private Optional<String> appraisalRef(long concernId) {
        return jdbc.sql("select appraisal_ref from performance_concern where id = ?").param(concernId)
                .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    /** The concern's case reference: its business key (PerformanceConcernProcess.businessKey). */
    public static String caseRef(long concernId) {
        return PerformanceConcernProcess.businessKey(concernId);
    }

    private long issueRecord(long concernId, String by) {
        var c = jdbc.sql("""
                select staff_id, raised_by, description, meeting_on, nature, seriousness, linked_to, support, support_details,
                  support_provider, implications, review_on, employee_comments from performance_concern where id = ?""")
                .param(concernId).query(MeetingRecord.class).single();
        StaffMember staff = directory.get(c.staffId());
        return documents.issue(MEETING_RECORD, staff.id(), caseRef(concernId), new DocumentContent(
                "Written record of an informal meeting about performance", staff.fullName() + ", meeting of " + spoken(c.meetingOn()),
                List.of(new Section("The concerns", List.of(new Fields(List.of(new Field("Raised by", c.raisedBy()),
                                new Field("Seriousness", c.seriousness()), new Field("Linked to objectives or standards", c.linkedTo()))),
                                new Paragraph(c.description()), new Paragraph(c.nature()))),
                        new Section("Support agreed", List.of(new Fields(List.of(new Field("Support",
                                c.support().replace('_', ' ').toLowerCase()),
                                new Field("Provided by", c.supportProvider()))), new Paragraph(c.supportDetails()))),
                        new Section("Review", List.of(new Fields(List.of(
                                new Field("Progress will be reviewed on", spoken(c.reviewOn())))))),
                        new Section("If there is not enough improvement", List.of(new Paragraph(c.implications()))),
                        new Section("The employee's comments", List.of(new Paragraph(
                                c.employeeComments() == null ? "None yet." : c.employeeComments()))))),
                by);
    }

    private record ReviewedConcern(String staffId, String reviewer, int extensions) {
    }

    /** The concern as recorded; the dates stay as the ISO text the record spells out. */
    private record MeetingRecord(String staffId, String raisedBy, String description, String meetingOn, String nature, String seriousness,
            String linkedTo, String support, String supportDetails, String supportProvider, String implications, String reviewOn,
            String employeeComments) {
    }

    private void requireReviewDate(LocalDate reviewOn, LocalDate today, TrustPolicy trust) {
        LocalDate latest = today.plusWeeks(trust.informalSupportMaxWeeks());
        if (reviewOn == null || !reviewOn.isAfter(today) || reviewOn.isAfter(latest)) {
            throw new InvalidInputException("The review date must be after today and no later than " + WorkingDays.spoken(latest)
                    + " (the policy allows up to " + trust.informalSupportMaxWeeks() + " weeks of informal support)");
        }
    }

    private StaffMember staffOf(long concernId) {
        return directory.get(jdbc.sql("select staff_id from performance_concern where id = ?").param(concernId)
                .query(String.class).optional().orElseThrow(() -> new InvalidInputException("No concern " + concernId)));
    }

    private String headteacher(StaffMember staff) {
        return directory.headteacherOf(staff).map(StaffMember::username).orElseGet(() -> hrAdviser(staff));
    }

    String hrAdviser(StaffMember staff) {
        return directory.hrAdviser(staff).map(StaffMember::username)
                .orElseThrow(() -> new InvalidInputException("The directory has no HR adviser to take the case"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A date column read as text (yyyy-mm-dd), as people say it. */
    private static String spoken(String isoDate) {
        return isoDate == null ? "-" : WorkingDays.spoken(LocalDate.parse(isoDate.substring(0, 10)));
    }
}
