package uk.staffcareers.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/**
 * An employee who leaves the school or the trust: their appraisal ends wherever it stands, with the day,
 * the reason and who recorded it on the record. The employee's headteacher, the trust's HR team or the
 * CEO records it; a headteacher's own leaving is the trust's to record.
 */
@Service
class Leavers {

    /** An ended appraisal, as the people told about it need it. */
    record Ending(long appraisalId, StaffMember staff, LocalDate leftOn, String reason) {
    }

    static final String LEFT = "LEFT_EMPLOYMENT";

    private final JdbcClient jdbc;
    private final AppraisalCases cases;
    private final Appraisals appraisals;
    private final Notifications notifications;
    private final Clock clock;

    Leavers(JdbcClient jdbc, AppraisalCases cases, Appraisals appraisals, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.appraisals = appraisals;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Records the leaving as the signed-in caller, or refuses it (404, 403, 409, 400) with nothing changed. */
    void recordLeaving(String caseRef, LocalDate leftOn, String reason, String caller) {
        AppraisalCases.Case appraisal = cases.visibleTo(caseRef, caller);
        long id = appraisal.id();
        StaffMember staff = appraisal.staff();
        if (!mayRecord(cases.user(caller), staff)) {
            throw new NotAllowedException("Only " + staff.fullName() + "'s headteacher, the trust's HR team or the CEO can record that "
                    + staff.fullName() + " has left");
        }
        if (appraisal.finished()) {
            throw CaseStateException.notNow(caseRef + " has already ended; nothing was changed");
        }
        if (leftOn == null) {
            throw new InvalidInputException("Give the day " + staff.fullName() + " left (leftOn, e.g. 2027-03-31)");
        }
        LocalDate today = LocalDate.now(clock);
        if (leftOn.isAfter(today)) {
            throw new InvalidInputException("Record the leaving on or after the day itself: " + WorkingDays.spoken(leftOn)
                    + " has not come yet, and until then the appraisal goes on");
        }
        AppraisalPeriod period = appraisal.period();
        if (leftOn.isBefore(period.start())) {
            throw new InvalidInputException(WorkingDays.spoken(leftOn) + " is before the appraisal period began on "
                    + WorkingDays.spoken(period.start()));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Give the reason for leaving (for example 'resigned', 'end of fixed-term contract'); it stays on the record");
        }
        jdbc.sql("update appraisal set status = ?, left_on = ?, ended_reason = ?, ended_by = ? where id = ?")
                .params(LEFT, leftOn, reason.strip(), caller, id).update();
    }

    /**
     * The staff records say the employee's employment has ended: each open appraisal of theirs is recorded as left, as a
     * headteacher's record of the leaving would be, by the application. Returns the business keys of those cases.
     */
    List<String> employmentEnded(StaffMember staff, LocalDate lastDay) {
        List<String> keys = jdbc.sql("select period_label, period_start, period_end from appraisal where staff_id = ? and status not in (?, ?)")
                .params(staff.id(), "COMPLETED", LEFT).query(PeriodRow.class).list().stream()
                .map(row -> row.period().businessKey(staff.id())).toList();
        jdbc.sql("update appraisal set status = ?, left_on = ?, ended_reason = ?, ended_by = ? where staff_id = ? and status not in (?, ?)")
                .params(LEFT, lastDay, "Left employment (the staff records' end date)", "staffcareers", staff.id(), "COMPLETED", LEFT).update();
        return keys;
    }

    /** Tells the appraiser and the headteacher (or whoever oversees the appraisal) that it has ended. */
    void tellEnded(long id, String overseer, String caseRef) {
        Ending ending = ending(id);
        String subject = "The appraisal of " + ending.staff().fullName() + " has ended";
        String body = ending.staff().fullName() + " left on " + WorkingDays.spoken(ending.leftOn()) + " (" + ending.reason()
                + "). Their appraisal tasks are closed and the record is kept.";
        Optional.ofNullable(appraisals.appraiserOf(id)).ifPresent(appraiser -> notifications.send(appraiser, subject, body, caseRef));
        if (!Objects.equals(overseer, appraisals.appraiserOf(id))) {
            notifications.send(overseer, subject, body, caseRef);
        }
    }

    Ending ending(long id) {
        EndingRow row = jdbc.sql("select left_on, ended_reason from appraisal where id = ?").param(id).query(EndingRow.class).single();
        return new Ending(id, appraisals.staffOf(id), row.leftOn(), row.endedReason());
    }

    private record EndingRow(LocalDate leftOn, String endedReason) {
    }

    private boolean mayRecord(StaffMember by, StaffMember staff) {
        if (by == null || by.id().equals(staff.id())) {
            return false;
        }
        if (by.role() == Role.HR_ADVISER || by.role() == Role.CEO) {
            return true;
        }
        return by.role() == Role.HEADTEACHER && !Appraisals.appraisedByTrust(staff) && Objects.equals(by.schoolId(), staff.schoolId());
    }
}
