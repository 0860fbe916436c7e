package uk.staffcareers.capability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.DocumentContent.Field;
import uk.staffcareers.documents.DocumentContent.Fields;
import uk.staffcareers.documents.DocumentContent.Paragraph;
import uk.staffcareers.documents.DocumentContent.Section;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** The first steps of the Capability Procedure, run by HR: invitation, formal meeting, monitoring, formal review. */
@Service
public class CapabilityCases {

    public static final String INVITATION = "CAPABILITY_INVITATION";

    public enum Outcome { IMPROVED, FURTHER_MONITORING, DECISION_MEETING }

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final PolicySettings policy;
    private final Documents documents;
    private final SchoolCalendars calendars;
    private final Clock clock;

    CapabilityCases(JdbcClient jdbc, StaffDirectory directory, PolicySettings policy, Documents documents, SchoolCalendars calendars,
            Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policy = policy;
        this.documents = documents;
        this.calendars = calendars;
        this.clock = clock;
    }

    public long open(long concernId, String staffId, String by) {
        directory.get(staffId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into capability_case (concern_id, staff_id, opened_by, opened_at, status) values (?, ?, ?, ?, 'OPEN')")
                .params(concernId, staffId, by, LocalDateTime.now(clock)).update(key, "id");
        return key.getKey().longValue();
    }

    /** The invitation, with at least the policy's notice in working days and the right to be accompanied. */
    public LocalDateTime invite(long caseId, LocalDateTime meetingAt, String place, String by) {
        StaffMember staff = staffOf(caseId);
        TrustPolicy trust = policy.forTrust(staff.trustId());
        WorkingDays days = calendars.forTrust(staff.trustId());
        LocalDate earliest = days.after(LocalDate.now(clock), trust.capabilityNoticeWorkingDays());
        if (meetingAt == null || meetingAt.toLocalDate().isBefore(earliest)) {
            throw new InvalidInputException("The formal meeting must be on a working day with at least "
                    + trust.capabilityNoticeWorkingDays() + " working days' notice: " + earliest + " or later");
        }
        days.requireWorkingDay(meetingAt.toLocalDate());
        if (place == null || place.isBlank()) {
            throw new InvalidInputException("Say where the meeting will be held");
        }
        jdbc.sql("update capability_case set meeting_at = ?, meeting_place = ?, invited_at = ?, status = 'INVITED' where id = ?")
                .params(meetingAt, place.strip(), LocalDateTime.now(clock), caseId).update();
        String when = meetingAt.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm"));
        documents.issue(INVITATION, staff.id(), caseRef(caseId), new DocumentContent("Invitation to a formal capability meeting",
                "To " + staff.fullName(), List.of(
                        new Section("The meeting", List.of(new Fields(List.of(new Field("When", when), new Field("Where", place.strip()))))),
                        new Section("Your right to be accompanied", List.of(new Paragraph("You may be accompanied by a trade union "
                                + "representative or a work colleague. Please tell HR who will accompany you."))),
                        new Section("Purpose", List.of(new Paragraph("To discuss the concerns about your performance that were "
                                + "not resolved informally, to agree targets and the support you will receive, and the "
                                + "period over which progress will be monitored."))))), by);
        return meetingAt;
    }

    /** The formal meeting: targets and the monitoring period (the policy's default when none is given). */
    public LocalDate recordMeeting(long caseId, String targets, String notes, Integer monitoringWeeks, String by) {
        if (targets == null || targets.isBlank()) {
            throw new InvalidInputException("Record the targets agreed at the formal meeting");
        }
        StaffMember staff = staffOf(caseId);
        int weeks = monitoringWeeks == null ? policy.forTrust(staff.trustId()).capabilityMonitoringWeeks() : monitoringWeeks;
        if (weeks < 1 || weeks > 26) {
            throw new InvalidInputException("A monitoring period is 1 to 26 weeks, not " + weeks);
        }
        LocalDate until = LocalDate.now(clock).plusWeeks(weeks);
        jdbc.sql("""
                update capability_case set targets = ?, meeting_notes = ?, monitoring_weeks = ?, monitoring_until = ?,
                  status = 'MONITORING' where id = ?""").params(targets.strip(), notes, weeks, until, caseId).update();
        return until;
    }

    /** The formal review at the end of monitoring; further monitoring gives a new end date. */
    public LocalDate review(long caseId, Outcome outcome, Integer furtherWeeks, String by) {
        if (outcome == null) {
            throw new InvalidInputException("Record the outcome of the formal review");
        }
        LocalDate until = null;
        if (outcome == Outcome.FURTHER_MONITORING) {
            if (furtherWeeks == null || furtherWeeks < 1 || furtherWeeks > 26) {
                throw new InvalidInputException("Give the further monitoring period: 1 to 26 weeks");
            }
            until = LocalDate.now(clock).plusWeeks(furtherWeeks);
        }
        jdbc.sql("update capability_case set outcome = ?, monitoring_until = coalesce(?, monitoring_until), status = ? where id = ?")
                .params(outcome.name(), until, outcome == Outcome.FURTHER_MONITORING ? "MONITORING" : outcome.name(), caseId)
                .update();
        return until;
    }

    public static String caseRef(long caseId) {
        return "CAPABILITY-" + caseId;
    }

    private StaffMember staffOf(long caseId) {
        return directory.get(jdbc.sql("select staff_id from capability_case where id = ?").param(caseId).query(String.class)
                .optional().orElseThrow(() -> new InvalidInputException("No capability case " + caseId)));
    }
}
