package uk.staffcareers.leavers;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.TaskHandOvers;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffLeft;
import uk.staffcareers.staff.StaffMember;

/**
 * What the processes leave once a leaver's appraisal and HLTA candidacy have ended their own way: the other cases about
 * the leaver (a development plan, a performance concern or capability case, a new starter's confirmation) end with the
 * reason "Left employment", their records and history kept; and every task the leaver held in someone else's case (as
 * appraiser, reviewer, mentor, ...) goes to the headteacher of that case's school (the trust's HR adviser for a
 * trust-wide case), whom the task and a notification tell why and what to do.
 */
@Component
class LeaverCasesProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskHandOvers handOvers;

    LeaverCasesProcess(RuntimeService runtime, TaskService tasks, IdentityService identity, TaskHandOvers handOvers) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.handOvers = handOvers;
    }

    @EventListener
    @Order(100)
    void staffLeft(StaffLeft left) {
        StaffMember leaver = left.staff();
        String when = WorkingDays.spoken(left.lastDay());
        AsApplication.run(identity, () -> {
            List<ProcessInstance> theirs = runtime.createProcessInstanceQuery().variableValueEquals(CaseVariables.STAFF_ID.name(), leaver.id()).list();
            theirs.forEach(c -> runtime.deleteProcessInstance(c.getId(), "Left employment: " + leaver.fullName()
                    + "'s employment ended on " + when));
            for (Task task : tasks.createTaskQuery().taskAssignee(leaver.username()).list()) {
                handOver(task, leaver, when);
            }
            return theirs.size();
        });
    }

    private void handOver(Task task, StaffMember leaver, String when) {
        handOvers.overseerOf(task.getTenantId()).ifPresent(to -> handOvers.handOver(task, to, leaver.fullName()
                + " held this task and left on " + when + ". It is yours now: do it yourself, or give it to someone else (for an "
                + "appraisal, choose the new appraiser: POST /api/appraisals/{case}/appraiser).",
                "A task of " + leaver.fullName() + "'s is now yours"));
        // Nobody to give it to: it stays where an administrator sees it.
    }
}
