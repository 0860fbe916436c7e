package uk.staffcareers.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** A new starter checks their staff record; corrections go to whoever keeps the school's records. */
@Service
public class StaffDetailsConfirmation {

    /** What the confirmation task shows, who does it, who keeps the record and by when. */
    public record Check(StaffMember staff, String summary, String recordKeeper, LocalDate confirmBy) {
    }

    private final StaffDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PolicySettings policy;
    private final SchoolCalendars calendars;

    StaffDetailsConfirmation(StaffDirectory directory, JdbcClient jdbc, Clock clock, PolicySettings policy, SchoolCalendars calendars) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
        this.calendars = calendars;
    }

    public Check prepare(String staffId) {
        StaffMember staff = directory.get(staffId);
        return new Check(staff, summary(staff), recordKeeper(staff),
                calendars.forTrust(staff.trustId()).after(LocalDate.now(clock), policy.forTrust(staff.trustId()).confirmDetailsWorkingDays()));
    }

    public void recordConfirmed(String staffId) {
        directory.confirmDetails(staffId, LocalDate.now(clock));
    }

    public long requestCorrection(String staffId, String requested) {
        if (requested == null || requested.isBlank()) {
            throw new InvalidInputException("Say what is wrong with your record, so it can be corrected");
        }
        directory.get(staffId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into staff_record_correction (staff_id, requested, requested_at) values (?, ?, ?)")
                .params(staffId, requested.strip(), LocalDateTime.now(clock)).update(key, "id");
        return key.getKey().longValue();
    }

    public void resolveCorrection(long correctionId, String resolvedBy, String resolution) {
        if (resolution == null || resolution.isBlank()) {
            throw new InvalidInputException("Say what you changed in the staff record");
        }
        int updated = jdbc.sql("""
                update staff_record_correction set resolved_by = ?, resolution = ?, resolved_at = ?
                where id = ? and resolved_at is null""")
                .params(resolvedBy, resolution.strip(), LocalDateTime.now(clock), correctionId).update();
        if (updated != 1) {
            throw new InvalidInputException("Correction request " + correctionId + " is unknown or already resolved");
        }
    }

    /** The school business manager keeps a school's records; HR keeps the central team's, and stands in. */
    private String recordKeeper(StaffMember staff) {
        List<StaffMember> keepers = staff.schoolId() == null ? List.of()
                : directory.withRole(staff.schoolId(), Role.SCHOOL_BUSINESS_MANAGER);
        if (keepers.isEmpty()) {
            keepers = directory.centralTeam(staff.trustId(), Role.HR_ADVISER);
        }
        if (keepers.isEmpty()) {
            throw new InvalidInputException("Nobody keeps the staff records of " + staff.fullName()
                    + ": the directory has no school business manager or HR adviser");
        }
        return keepers.get(0).username();
    }

    private String summary(StaffMember s) {
        String school = s.schoolId() == null ? "Trust central team"
                : directory.school(s.schoolId()).map(School::name).orElse(s.schoolId());
        String manager = s.lineManagerId() == null ? "none" : directory.find(s.lineManagerId()).map(StaffMember::fullName).orElse("?");
        String contract = switch (s.contractType()) {
            case PERMANENT -> "Permanent";
            case FIXED_TERM -> "Fixed term until " + (s.contractEnd() == null ? "a date not recorded" : WorkingDays.spoken(s.contractEnd()));
            case NOT_EMPLOYED -> "Not employed (trustee or adviser)";
        };
        String qualifications = directory.qualifications(s.id()).stream()
                .map(q -> q.title() + " (level " + (q.level() == 0 ? "entry" : q.level()) + ")")
                .collect(Collectors.joining("; "));
        return String.join("\n",
                "- **Staff number:** " + s.id(),
                "- **Name:** " + s.fullName(),
                "- **Email:** " + s.email(),
                "- **School:** " + school,
                "- **Role:** " + roleName(s.role()) + (s.careerStage() == null ? "" : ", " + s.careerStageAndLevel()),
                "- **Contract:** " + contract,
                "- **Start date:** " + (s.startDate() == null ? "not recorded" : WorkingDays.spoken(s.startDate())),
                "- **Line manager:** " + manager,
                "- **Qualified teacher status:** " + (s.hasQts() ? "yes" : "no"),
                "- **Qualifications:** " + (qualifications.isEmpty() ? "none recorded" : qualifications));
    }

    private static String roleName(Role role) {
        String name = role.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1).replace("hlta", "HLTA").replace("hr ", "HR ");
    }
}
