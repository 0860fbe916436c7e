package uk.staffcareers.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.OpenTask;
import uk.staffcareers.platform.OpenTasks;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * The assigned tasks of the schools that are past their due date, most overdue first: whom the case is about, the
 * task, who has it, when it was due and by how many working days (the trust's school calendar: weekends, bank
 * holidays and closure days do not count, as deadlines are set in working days).
 */
@Component
class OverdueTasks {

    /** An overdue task, people by name. */
    record Overdue(String school, String schoolName, String person, String task, String assignee, String due, int workingDaysOverdue) {
    }

    private final OpenTasks tasks;
    private final StaffDirectory directory;
    private final SchoolCalendars calendars;
    private final Clock clock;

    OverdueTasks(OpenTasks tasks, StaffDirectory directory, SchoolCalendars calendars, Clock clock) {
        this.tasks = tasks;
        this.directory = directory;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The schools' {@code most} longest overdue tasks, and how many are overdue in all. */
    Longest of(List<School> schools, LocalDate today, int most) {
        Map<String, School> byId = schools.stream().collect(Collectors.toMap(School::id, s -> s));
        Map<String, WorkingDays> calendarOf = new HashMap<>();
        List<String> schoolIds = List.copyOf(byId.keySet());
        Instant now = clock.instant(); // the list and its count as of one moment
        List<Overdue> longest = tasks.longestOverdue(schoolIds, now, most).stream().map(t -> {
            School school = byId.get(t.tenantId());
            return overdue(school, t, calendarOf.computeIfAbsent(school.trustId(), calendars::forTrust), today);
        }).sorted(Comparator.comparingInt(Overdue::workingDaysOverdue).reversed()).toList();
        return new Longest(longest, longest.size() < most ? longest.size() : tasks.countOverdue(schoolIds, now));
    }

    /** The longest overdue tasks, and the count of all (a trust's whole list, thousands in a bad week, helps nobody). */
    record Longest(List<Overdue> tasks, long count) {
    }

    private Overdue overdue(School school, OpenTask task, WorkingDays days, LocalDate today) {
        LocalDate due = task.due().atZone(SchoolTime.ZONE).toLocalDate();
        return new Overdue(school.id(), school.name(), task.staffName(), task.name(),
                directory.findByUsername(task.assignee()).map(StaffMember::fullName).orElse(task.assignee()),
                WorkingDays.spoken(due), workingDaysBetween(due, today, days));
    }

    /** Working days after {@code due} up to and including {@code today}: due yesterday is one day overdue. */
    static int workingDaysBetween(LocalDate due, LocalDate today, WorkingDays days) {
        int count = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            count += days.isWorkingDay(d) ? 1 : 0;
        }
        return count;
    }
}
