package uk.staffcareers.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.OpenTask;
import uk.staffcareers.platform.OpenTasks;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Every weekday morning: whoever has an open task due within their trust's reviewReminderWorkingDays is reminded of it,
 * once (again only if its due date moves), unless they turned reminders off.
 */
@Component
public class Reminders {

    /** Beyond any trust's setting (at most 20 working days) even across the summer holiday. */
    private static final Duration HORIZON = Duration.ofDays(120);

    private final OpenTasks openTasks;
    private final TaskMails mails;
    private final MailOnce once;
    private final MailPreferences preferences;
    private final StaffDirectory directory;
    private final PolicySettings policies;
    private final SchoolCalendars calendars;
    private final Clock clock;

    Reminders(OpenTasks openTasks, TaskMails mails, MailOnce once, MailPreferences preferences, StaffDirectory directory,
            PolicySettings policies, SchoolCalendars calendars, Clock clock) {
        this.openTasks = openTasks;
        this.mails = mails;
        this.once = once;
        this.preferences = preferences;
        this.directory = directory;
        this.policies = policies;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Scheduled(cron = "${staffcareers.mail.reminders-cron}", zone = "Europe/London")
    void onSchedule() {
        remindTasksFallingDue();
    }

    /** Queues the reminders due today; returns how many. */
    public int remindTasksFallingDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalDate> lastDueDay = new HashMap<>();
        int reminded = 0;
        for (OpenTask task : openTasks.dueBetween(now, now.plus(HORIZON))) {
            Optional<StaffMember> person = directory.findByUsername(task.assignee());
            if (person.isEmpty() || !preferences.of(task.assignee()).reminders()) {
                continue;
            }
            LocalDate due = MailLinks.londonDate(task.due());
            LocalDate last = lastDueDay.computeIfAbsent(person.get().trustId(),
                    trust -> calendars.forTrust(trust).after(today, policies.forTrust(trust).reviewReminderWorkingDays()));
            if (!due.isAfter(last) && once.send("REMINDER:" + task.id() + ":" + due, () -> mails.remind(task))) {
                reminded++;
            }
        }
        return reminded;
    }
}
