package uk.staffcareers.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * On every user task (added by {@link EnginePlugin} as the models are parsed): when the task is given to someone, at
 * its creation or later, its assignee is mailed. The mail is only queued, in the step's transaction.
 */
class TaskMailListener implements TaskListener {

    private final TaskAssignments mails;
    private final String processKey;

    TaskMailListener(TaskAssignments mails, String processKey) {
        this.mails = mails;
        this.processKey = processKey;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null || MovingCases.active()) {
            return; // a task carried to another school with its case is not new: its holder is told by the move, if at all
        }
        String caseRef = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        mails.assigned(new OpenTask(task.getId(), task.getName(), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), processKey,
                CaseLabels.STAFF_NAME.get(task), caseRef, task.getTenantId()),
                Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId());
    }
}
