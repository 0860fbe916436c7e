package uk.staffcareers.platform;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task whose holder can no longer do it (they left, or moved school) given to someone who can, never lost: the task's
 * description and a comment say why and what to do, and the new holder gets a notification (and email) naming the task.
 * The previous holder's grant to the task goes with it. The caller runs it as the application.
 */
@Component
public class TaskHandOvers {

    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final StaffLookup directory;
    private final Alerts notifications;

    TaskHandOvers(TaskService tasks, AuthorizationService authorizations, StaffLookup directory, Alerts notifications) {
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** Who takes over the tasks of a case of this tenant: the school's headteacher; for a trust-wide case (whose tenant is the trust), the trust's HR adviser. */
    public Optional<? extends Person> overseerOf(String tenantId) {
        return directory.overseerOf(tenantId);
    }

    /** Gives the task to the person, with the note on the task, as a comment and in their notification "subject: task name". */
    public void handOver(Task task, Person to, String note, String subject) {
        String previous = task.getAssignee();
        task.setAssignee(to.username());
        task.setDescription(note);
        tasks.saveTask(task);
        if (previous != null && !previous.equals(to.username())) {
            authorizations.createAuthorizationQuery().userIdIn(previous).resourceId(task.getId()).list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        }
        tasks.createComment(task.getId(), task.getProcessInstanceId(), note);
        notifications.send(to.username(), subject + ": " + task.getName(), note, null);
    }
}
