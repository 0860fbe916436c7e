package uk.staffcareers.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Service;

import uk.staffcareers.platform.DefaultDueDates;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * The due date of a task whose model names none: the trust's defaultTaskWorkingDays working days from today,
 * at the end of the school day, so that every task can be overdue and shows in "Overdue tasks in my school".
 */
@Service
public class TaskDeadlines implements DefaultDueDates {

    private final StaffDirectory directory;
    private final PolicySettings policies;
    private final SchoolCalendars calendars;
    private final Clock clock;

    TaskDeadlines(StaffDirectory directory, PolicySettings policies, SchoolCalendars calendars, Clock clock) {
        this.directory = directory;
        this.policies = policies;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** For the case of this member of staff (their trust's policy and calendar); the defaults if the case names nobody. */
    @Override
    public Date defaultDue(String staffId) {
        String trust = staffId == null ? null : directory.find(staffId).map(StaffMember::trustId).orElse(null);
        TrustPolicy policy = trust == null ? TrustPolicy.DEFAULTS : policies.forTrust(trust);
        WorkingDays days = trust == null ? WorkingDays.bankHolidaysOnly() : calendars.forTrust(trust);
        LocalDate due = days.after(LocalDate.now(clock), policy.defaultTaskWorkingDays());
        return Date.from(due.atTime(17, 0).atZone(SchoolTime.ZONE).toInstant());
    }
}
