package uk.staffcareers.mail;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.OpenTask;
import uk.staffcareers.platform.OpenTasks;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Once a week each headteacher is mailed the open tasks of their school that are past their due date: whose case,
 * which task, with whom, due when (a confidential one only as such). None overdue, no mail; one digest a week at most.
 */
@Component
public class Digests {

    /** A long list is cut here: Tasklist's filter shows the rest. */
    private static final int MOST_LINES = 100;

    private final OpenTasks openTasks;
    private final Outbox outbox;
    private final MailOnce once;
    private final MailPreferences preferences;
    private final StaffDirectory directory;
    private final MailLinks links;
    private final Clock clock;

    Digests(OpenTasks openTasks, Outbox outbox, MailOnce once, MailPreferences preferences, StaffDirectory directory,
            MailLinks links, Clock clock) {
        this.openTasks = openTasks;
        this.outbox = outbox;
        this.once = once;
        this.preferences = preferences;
        this.directory = directory;
        this.links = links;
        this.clock = clock;
    }

    @Scheduled(cron = "${staffcareers.mail.digest-cron}", zone = "Europe/London")
    void onSchedule() {
        sendDigests();
    }

    /** Queues this week's digests not sent yet; returns how many. */
    public int sendDigests() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, String> names = new HashMap<>();
        int sent = 0;
        for (School school : directory.schools()) {
            List<StaffMember> heads = directory.withRole(school.id(), Role.HEADTEACHER).stream()
                    .filter(head -> head.email() != null && !head.email().isBlank())
                    .filter(head -> preferences.of(head.username()).digests()).toList();
            List<OpenTask> overdue = heads.isEmpty() ? List.of() : openTasks.overdue(school.id(), now);
            if (overdue.isEmpty()) {
                continue;
            }
            for (StaffMember head : heads) {
                String body = text(head, school, overdue, today, names);
                if (once.send("DIGEST:" + head.username() + ":" + week, () -> {
                    outbox.add(head.email(), "Overdue tasks at " + school.name() + ": " + overdue.size(), body, null, MailKind.DIGEST);
                    return true;
                })) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private String text(StaffMember head, School school, List<OpenTask> overdue, LocalDate today, Map<String, String> names) {
        StringBuilder text = new StringBuilder("Dear ").append(head.firstName()).append(",\n\n")
                .append("These open tasks at ").append(school.name()).append(" are past their due date (")
                .append(WorkingDays.spoken(today)).append("):\n");
        overdue.stream().limit(MOST_LINES).forEach(task -> text.append("\n- ").append(line(task, names)));
        if (overdue.size() > MOST_LINES) {
            text.append("\n- and ").append(overdue.size() - MOST_LINES).append(" more");
        }
        return text.append("\n\nTasklist's filter \"Overdue tasks in my school\" shows them all: ").append(links.tasklist())
                .append("\n\nYou can turn this weekly digest off in your mail preferences.\n\n").append(MailLinks.FOOTER).toString();
    }

    private String line(OpenTask task, Map<String, String> names) {
        String due = "due " + MailLinks.day(task.due());
        if (TaskMails.confidential(task)) {
            return "A confidential task, " + due;
        }
        String assignee = names.computeIfAbsent(task.assignee(),
                username -> directory.findByUsername(username).map(StaffMember::fullName).orElse(username));
        return task.name() + (task.staffName() == null ? "" : " (" + task.staffName() + ")") + ": with " + assignee + ", " + due;
    }
}
