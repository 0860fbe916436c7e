package uk.staffcareers.mail;

import java.util.Optional;

import org.springframework.stereotype.Service;

import uk.staffcareers.platform.OpenTask;
import uk.staffcareers.platform.TaskAssignments;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** The mail about one task: it was given to you; it falls due soon. */
@Service
public class TaskMails implements TaskAssignments {

    private final Outbox outbox;
    private final StaffDirectory directory;
    private final MailLinks links;

    TaskMails(Outbox outbox, StaffDirectory directory, MailLinks links) {
        this.outbox = outbox;
        this.directory = directory;
        this.links = links;
    }

    /**
     * A task was given to its assignee: they are told, unless they did it themselves (took the task, or their own step
     * gave it to them), as they are looking at Tasklist already.
     */
    @Override
    public void assigned(OpenTask task, String assignedBy) {
        if (task.assignee() == null || task.assignee().equals(assignedBy)) {
            return;
        }
        assignee(task).ifPresent(person -> write(person, task, MailKind.ASSIGNMENT,
                "New task: " + task.name(), "You have a new task in Staff careers."));
    }

    /** Reminds the assignee of a task falling due; false when there is no one to mail. */
    boolean remind(OpenTask task) {
        return assignee(task).map(person -> {
            write(person, task, MailKind.REMINDER, "Reminder: " + task.name() + " is due on " + MailLinks.day(task.due()),
                    "A task of yours in Staff careers is due soon.");
            return true;
        }).orElse(false);
    }

    private Optional<StaffMember> assignee(OpenTask task) {
        return Optional.ofNullable(task.assignee()).flatMap(directory::findByUsername)
                .filter(person -> person.email() != null && !person.email().isBlank());
    }

    private void write(StaffMember person, OpenTask task, MailKind kind, String subject, String opening) {
        if (confidential(task)) {
            outbox.add(person.email(), Confidential.TASK_SUBJECT, Confidential.TASK_TEXT + "\n" + links.tasklist()
                    + "\n\n" + MailLinks.FOOTER, task.caseRef(), kind);
            return;
        }
        StringBuilder body = new StringBuilder("Dear ").append(person.firstName()).append(",\n\n")
                .append(opening).append("\n\nTask: ").append(task.name());
        if (task.staffName() != null) {
            body.append("\nFor: ").append(task.staffName());
        }
        if (task.due() != null) {
            body.append("\nDue: ").append(MailLinks.day(task.due()));
        }
        body.append("\n\nOpen it in Tasklist: ").append(links.task(task.id()));
        if (kind == MailKind.REMINDER) {
            body.append("\n\nYou can turn reminders off in your mail preferences.");
        }
        outbox.add(person.email(), subject, body.append("\n\n").append(MailLinks.FOOTER).toString(), task.caseRef(), kind);
    }

    static boolean confidential(OpenTask task) {
        return Confidential.process(task.processKey()) || Confidential.caseRef(task.caseRef());
    }
}
