package uk.staffcareers.capability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * The Capability Procedure, run by HR: formal meeting and first written warning, monitoring, formal review,
 * final written warning, decision meeting (dismissal with notice) and the appeal.
 */
@Service
public class CapabilityCases {

    public static final String INVITATION = "CAPABILITY_INVITATION";
    public static final String FIRST_WARNING = "CAPABILITY_FIRST_WARNING";
    public static final String FINAL_WARNING = "CAPABILITY_FINAL_WARNING";
    public static final String DECISION_INVITATION = "CAPABILITY_DECISION_INVITATION";
    public static final String DECISION = "CAPABILITY_DECISION";
    public static final String APPEAL_INVITATION = "CAPABILITY_APPEAL_INVITATION";
    public static final String APPEAL_OUTCOME = "CAPABILITY_APPEAL_OUTCOME";
    public static final String MEETING_MOVED = "CAPABILITY_MEETING_MOVED";

    /** The formal review: improved, monitor further, or not improved (a final warning, or a decision meeting after one). */
    public enum Outcome { IMPROVED, FURTHER_MONITORING, NOT_IMPROVED }

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final PolicySettings policy;
    private final CapabilityLetters letters;
    private final SchoolCalendars calendars;
    private final Clock clock;

    CapabilityCases(JdbcClient jdbc, StaffDirectory directory, PolicySettings policy, CapabilityLetters letters,
            SchoolCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policy = policy;
        this.letters = letters;
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
        requireNotice(staff, meetingAt, place, "formal meeting");
        jdbc.sql("update capability_case set meeting_at = ?, meeting_place = ?, invited_at = ?, status = 'INVITED' where id = ?")
                .params(meetingAt, place.strip(), LocalDateTime.now(clock), caseId).update();
        letters.invitation(INVITATION, staff, caseId, "Invitation to a formal capability meeting", meetingAt, place.strip(),
                "To discuss the concerns about your performance that were not resolved informally, to agree targets and the "
                        + "support you will receive, and the period over which progress will be monitored.", by);
        return meetingAt;
    }

    /** What the formal meeting agreed; the monitoring period is the policy's default when none is given. */
    public record FormalMeeting(String targets, String support, String notes, String companion, Integer monitoringWeeks) {
    }

    /** The formal meeting: targets, support, the companion and the monitoring period, confirmed by a first written warning. */
    public LocalDate recordMeeting(long caseId, FormalMeeting m, String by) {
        require(m.targets(), "Record the targets agreed at the formal meeting");
        require(m.support(), "Record the support the employee will receive during monitoring");
        StaffMember staff = staffOf(caseId);
        int weeks = weeks(m.monitoringWeeks(), staff);
        LocalDate until = LocalDate.now(clock).plusWeeks(weeks);
        jdbc.sql("""
                update capability_case set targets = ?, support = ?, meeting_notes = ?, companion = ?, monitoring_weeks = ?,
                  monitoring_until = ?, first_warning_at = ?, status = 'MONITORING' where id = ?""")
                .params(m.targets().strip(), m.support().strip(), m.notes(), companion(m.companion()), weeks, until,
                        LocalDateTime.now(clock), caseId).update();
        letters.warning(FIRST_WARNING, staff, caseId, "First written warning: targets and monitoring", m.targets().strip(),
                m.support().strip(), companion(m.companion()), until, "If your performance does not improve to the standard "
                        + "of these targets by the end of the monitoring period, a final written warning may follow.", by);
        return until;
    }

    /** The formal review; whether a final written warning has already been given decides what "not improved" leads to. */
    public record Reviewed(LocalDate monitoringUntil, boolean finalWarningGiven) {
    }

    /** The formal review at the end of monitoring; further monitoring gives a new end date. */
    public Reviewed review(long caseId, Outcome outcome, Integer furtherWeeks, String by) {
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
        boolean finalGiven = jdbc.sql("select final_warning_at from capability_case where id = ?").param(caseId)
                .query(LocalDateTime.class).optional().isPresent();
        return new Reviewed(until, finalGiven);
    }

    /** Not improved after the first warning: a final written warning and a second monitoring period. */
    public LocalDate issueFinalWarning(long caseId, Integer monitoringWeeks, String by) {
        StaffMember staff = staffOf(caseId);
        int weeks = weeks(monitoringWeeks, staff);
        LocalDate until = LocalDate.now(clock).plusWeeks(weeks);
        jdbc.sql("update capability_case set monitoring_until = ?, final_warning_at = ?, status = 'FINAL_WARNING' where id = ?")
                .params(until, LocalDateTime.now(clock), caseId).update();
        var c = jdbc.sql("select targets, support, companion from capability_case where id = ?").param(caseId)
                .query(WarningTerms.class).single();
        letters.warning(FINAL_WARNING, staff, caseId, "Final written warning", c.targets(), c.support(), c.companion(), until,
                "The formal review "
                + "found that your performance has not improved enough. If it does not reach the standard of these targets by "
                + "the end of this second monitoring period, you will be invited to a decision meeting, which may end in your "
                + "dismissal with notice.", by);
        return until;
    }

    /** The invitation to the decision meeting, with the same notice and right to be accompanied. */
    public LocalDateTime inviteToDecision(long caseId, LocalDateTime meetingAt, String place, String by) {
        StaffMember staff = staffOf(caseId);
        requireNotice(staff, meetingAt, place, "decision meeting");
        jdbc.sql("""
                update capability_case set decision_meeting_at = ?, decision_place = ?, decision_invited_by = ?,
                  status = 'DECISION_MEETING' where id = ?""").params(meetingAt, place.strip(), by, caseId).update();
        letters.invitation(DECISION_INVITATION, staff, caseId, "Invitation to a capability decision meeting", meetingAt,
                place.strip(), "Your performance has not improved enough after the final written warning. The meeting will "
                        + "decide whether it has now improved or whether you will be dismissed with notice. You may present "
                        + "your case and any evidence.", by);
        return meetingAt;
    }

    public enum Decision { IMPROVED, DISMISSAL }

    /** The decision meeting's outcome; the letter of a dismissal gives the notice and the appeal deadline. */
    public record DecisionMeeting(Decision decision, String reasons, String companion, Integer noticeWeeks) {
    }

    /** Recorded; returns the last day to appeal (none when performance improved). */
    public LocalDate recordDecision(long caseId, DecisionMeeting d, String by) {
        if (d.decision() == null) {
            throw new InvalidInputException("Record the decision: improved, or dismissal with notice");
        }
        require(d.reasons(), "Give the reasons for the decision");
        StaffMember staff = staffOf(caseId);
        LocalDate today = LocalDate.now(clock);
        LocalDate endsOn = null;
        LocalDate appealBy = null;
        if (d.decision() == Decision.DISMISSAL) {
            if (d.noticeWeeks() == null || d.noticeWeeks() < 1 || d.noticeWeeks() > 12) {
                throw new InvalidInputException("Give the notice of dismissal: 1 to 12 weeks (the contract's notice, at least the statutory minimum)");
            }
            endsOn = today.plusWeeks(d.noticeWeeks());
            appealBy = calendars.forTrust(staff.trustId()).after(today, policy.forTrust(staff.trustId()).appealWindowWorkingDays());
        }
        jdbc.sql("""
                update capability_case set decision = ?, decision_reasons = ?, decision_companion = ?, dismissal_notice_weeks = ?,
                  employment_ends_on = ?, decided_at = ?, decision_recorded_by = ?, status = ? where id = ?""")
                .params(d.decision().name(), d.reasons().strip(), companion(d.companion()), endsOn == null ? null : d.noticeWeeks(),
                        endsOn, LocalDateTime.now(clock), by, d.decision() == Decision.IMPROVED ? "CLOSED" : "DISMISSAL", caseId)
                .update();
        letters.decision(staff, caseId, d, companion(d.companion()), endsOn, appealBy, by);
        return appealBy;
    }

    /** The employee's appeal against dismissal, within the window. */
    public void appeal(long caseId, String grounds, String by) {
        StaffMember staff = staffOf(caseId);
        if (!staff.username().equals(by)) {
            throw new NotAllowedException("Only " + staff.fullName() + " appeals against their dismissal");
        }
        require(grounds, "Give the grounds of your appeal");
        var decided = jdbc.sql("select decision, decided_at from capability_case where id = ?").param(caseId)
                .query(Decided.class).single();
        if (!Decision.DISMISSAL.name().equals(decided.decision())) {
            throw new InvalidInputException("There is no decision to dismiss to appeal against");
        }
        LocalDate lastDay = calendars.forTrust(staff.trustId()).after(decided.decidedAt().toLocalDate(),
                policy.forTrust(staff.trustId()).appealWindowWorkingDays());
        if (LocalDate.now(clock).isAfter(lastDay)) {
            throw new InvalidInputException("The time to appeal ended on " + WorkingDays.spoken(lastDay));
        }
        jdbc.sql("update capability_case set appeal_grounds = ?, appealed_at = ?, status = 'APPEAL' where id = ?")
                .params(grounds.strip(), LocalDateTime.now(clock), caseId).update();
    }

    /** The appeal hearing, by a panel of people not involved before, with notice and the right to be accompanied. */
    public LocalDateTime arrangeAppeal(long caseId, List<String> panel, LocalDateTime hearingAt, String place, String by) {
        StaffMember staff = staffOf(caseId);
        if (panel == null || panel.isEmpty()) {
            throw new InvalidInputException("Name the members of the appeal panel");
        }
        Map<String, String> involved = involved(caseId, staff);
        List<String> names = new ArrayList<>();
        for (String username : panel) {
            StaffMember member = directory.findByUsername(username).orElseThrow(() -> new InvalidInputException(
                    "No member of the trust's staff has the username " + username));
            if (involved.containsKey(username)) {
                throw new InvalidInputException("The appeal is heard by people not involved before: " + member.fullName()
                        + " " + involved.get(username));
            }
            names.add(member.fullName());
        }
        requireNotice(staff, hearingAt, place, "appeal hearing");
        jdbc.sql("update capability_case set appeal_panel = ?, appeal_hearing_at = ?, appeal_place = ? where id = ?")
                .params(String.join(",", panel), hearingAt, place.strip(), caseId).update();
        letters.invitation(APPEAL_INVITATION, staff, caseId, "Invitation to the hearing of your appeal", hearingAt, place.strip(),
                "To hear your appeal against dismissal. The panel, none of whom took part in the procedure before: "
                        + String.join(", ", names) + ".", by);
        return hearingAt;
    }

    public enum AppealOutcome { UPHELD, NOT_UPHELD }

    /** The panel's outcome: upheld (the dismissal is withdrawn) or not upheld (the dismissal stands); the final letter. */
    public void recordAppealOutcome(long caseId, AppealOutcome outcome, String reasons, String by) {
        if (outcome == null) {
            throw new InvalidInputException("Record whether the appeal is upheld");
        }
        require(reasons, "Give the panel's reasons");
        StaffMember staff = staffOf(caseId);
        jdbc.sql("""
                update capability_case set appeal_outcome = ?, appeal_reasons = ?, appeal_decided_at = ?, status = ? where id = ?""")
                .params(outcome.name(), reasons.strip(), LocalDateTime.now(clock),
                        outcome == AppealOutcome.UPHELD ? "CLOSED" : "DISMISSED", caseId).update();
        letters.appealOutcome(staff, caseId, outcome, reasons.strip(), by);
    }

    /** The three meetings the employee is invited to, and where each one's time is kept. */
    public enum Meeting {
        FORMAL("meeting_at", "formal capability meeting"), DECISION("decision_meeting_at", "decision meeting"),
        APPEAL("appeal_hearing_at", "appeal hearing");

        private final String column;
        private final String title;

        Meeting(String column, String title) {
            this.column = column;
            this.title = title;
        }
    }

    /**
     * Moved once at the employee's request, to a working day no more than the policy's notice in working
     * days after the date of the letter (ACAS: within five working days when a companion cannot attend).
     */
    public LocalDateTime moveMeeting(long caseId, Meeting meeting, LocalDateTime to, String reason, String by) {
        StaffMember staff = staffOf(caseId);
        if (!staff.username().equals(by)) {
            throw new NotAllowedException("Only " + staff.fullName() + " asks to move their meeting");
        }
        require(reason, "Say why the meeting needs to move, e.g. your companion cannot attend");
        boolean movedBefore = jdbc.sql("select count(*) from capability_meeting_move where case_id = ? and meeting = ?")
                .params(caseId, meeting.name()).query(Integer.class).single() > 0;
        if (movedBefore) {
            throw new InvalidInputException("The " + meeting.title + " has already been moved once");
        }
        LocalDateTime from = jdbc.sql("select " + meeting.column + " from capability_case where id = ?").param(caseId)
                .query(LocalDateTime.class).single();
        WorkingDays days = calendars.forTrust(staff.trustId());
        LocalDate latest = days.after(from.toLocalDate(), policy.forTrust(staff.trustId()).capabilityNoticeWorkingDays());
        if (to == null || !to.isAfter(from) || to.toLocalDate().isAfter(latest)) {
            throw new InvalidInputException("Propose a time after " + WorkingDays.spoken(from.toLocalDate()) + " and no later than "
                    + WorkingDays.spoken(latest));
        }
        days.requireWorkingDay(to.toLocalDate());
        jdbc.sql("""
                insert into capability_meeting_move (case_id, meeting, requested_by, reason, moved_from, moved_to, requested_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(caseId, meeting.name(), by, reason.strip(), from, to, LocalDateTime.now(clock))
                .update();
        jdbc.sql("update capability_case set " + meeting.column + " = ? where id = ?").params(to, caseId).update();
        letters.moved(staff, caseId, meeting.title, from, to, reason.strip(), by);
        return to;
    }

    /**
     * Who took part before, and how: the concern's raiser and reviewer, the employee's headteacher (the
     * meetings are held at their school), HR who invited to and recorded the decision meeting, and the employee.
     */
    Map<String, String> involved(long caseId, StaffMember staff) {
        Map<String, String> involved = new LinkedHashMap<>();
        involved.put(staff.username(), "is the employee appealing");
        jdbc.sql("""
                select c.raised_by, c.reviewed_by, k.decision_invited_by, k.decision_recorded_by from capability_case k
                join performance_concern c on c.id = k.concern_id where k.id = ?""").param(caseId)
                .query(Participants.class).list().forEach(row -> {
                    involved.putIfAbsent(row.raisedBy(), "raised the performance concern");
                    if (row.reviewedBy() != null) {
                        involved.putIfAbsent(row.reviewedBy(), "reviewed the performance concern");
                    }
                    if (row.decisionInvitedBy() != null) {
                        involved.putIfAbsent(row.decisionInvitedBy(), "invited to the decision meeting");
                    }
                    if (row.decisionRecordedBy() != null) {
                        involved.putIfAbsent(row.decisionRecordedBy(), "recorded the decision to dismiss");
                    }
                });
        directory.headteacherOf(staff).ifPresent(h -> involved.putIfAbsent(h.username(),
                "is the headteacher who held the capability meetings"));
        return involved;
    }

    private void requireNotice(StaffMember staff, LocalDateTime meetingAt, String place, String meeting) {
        TrustPolicy trust = policy.forTrust(staff.trustId());
        WorkingDays days = calendars.forTrust(staff.trustId());
        LocalDate earliest = days.after(LocalDate.now(clock), trust.capabilityNoticeWorkingDays());
        if (meetingAt == null || meetingAt.toLocalDate().isBefore(earliest)) {
            throw new InvalidInputException("The " + meeting + " must be on a working day with at least "
                    + trust.capabilityNoticeWorkingDays() + " working days' notice: " + WorkingDays.spoken(earliest) + " or later");
        }
        days.requireWorkingDay(meetingAt.toLocalDate());
        require(place, "Say where the meeting will be held");
    }

    private int weeks(Integer given, StaffMember staff) {
        int weeks = given == null ? policy.forTrust(staff.trustId()).capabilityMonitoringWeeks() : given;
        if (weeks < 1 || weeks > 26) {
            throw new InvalidInputException("A monitoring period is 1 to 26 weeks, not " + weeks);
        }
        return weeks;
    }

    private static String companion(String companion) {
        return companion == null || companion.isBlank() ? null : companion.strip();
    }

    private static void require(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(message);
        }
    }

    /** The case's reference: its business key (PerformanceConcernProcess.capabilityBusinessKey). */
    public static String caseRef(long caseId) {
        return PerformanceConcernProcess.capabilityBusinessKey(caseId);
    }

    private StaffMember staffOf(long caseId) {
        return directory.get(jdbc.sql("select staff_id from capability_case where id = ?").param(caseId).query(String.class)
                .optional().orElseThrow(() -> new InvalidInputException("No capability case " + caseId)));
    }

    private record WarningTerms(String targets, String support, String companion) {
    }

    private record Decided(String decision, LocalDateTime decidedAt) {
    }

    private record Participants(String raisedBy, String reviewedBy, String decisionInvitedBy, String decisionRecordedBy) {
    }
}
