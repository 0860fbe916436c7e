package uk.staffcareers.appraisal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.appraisal.AppraisalCycleProcess.Vars;
import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.staff.StaffMember;

/**
 * The engine side of a change the headteacher makes to a running appraisal year (AppraiserChanges,
 * PeriodExtensions, which have decided who may make it): the case's variables, tasks, timer and who may
 * read it. Done as the application, since a headteacher may read her school's tasks but not reassign them;
 * who changed what is on the appraisal's own record.
 */
@Component
class AppraisalChangesProcess {

    /** The timer that opens the annual assessment, at annualOpensAt. */
    static final String ANNUAL_ASSESSMENT_DUE = "Event_AnnualAssessmentDue";
    /** How appraisal-cycle.bpmn assigns the appraiser's tasks: only those follow a new appraiser, not e.g. the headteacher's own. */
    private static final String APPRAISERS_TASK = "${" + Vars.APPRAISER + "}";

    /** What moved in the case: tasks reassigned or re-dated, and whether the annual assessment's timer was waiting. */
    record Moved(int tasks, boolean timerMoved) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final AuthorizationService authorizations;
    private final IdentityService identity;

    AppraisalChangesProcess(RuntimeService runtime, TaskService tasks, ManagementService management, RepositoryService repository,
            AuthorizationService authorizations, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.authorizations = authorizations;
        this.identity = identity;
    }

    /**
     * The new appraiser in the case's variables (the tasks still to come), the old appraiser's open appraiser
     * tasks now theirs (and no longer the old one's to open), and the case readable by the new appraiser only.
     */
    Moved appraiserChanged(AppraiserChanges.Change change) {
        return AsApplication.run(identity, () -> {
            ProcessInstance instance = running(change.businessKey());
            String to = change.to().username();
            Vars.APPRAISER.set(runtime, instance.getId(), to);
            Vars.APPRAISER_NAME.set(runtime, instance.getId(), change.to().fullName());
            Vars.APPRAISER_STAFF_ID.set(runtime, instance.getId(), change.to().id());
            BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
            List<Task> theirs = tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(change.from()).list().stream()
                    .filter(task -> model.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask userTask
                            && APPRAISERS_TASK.equals(userTask.getCamundaAssignee()))
                    .toList();
            for (Task task : theirs) {
                tasks.setAssignee(task.getId(), to);
                // The engine grants the new assignee; the old one's grant to the task would otherwise stay.
                authorizations.createAuthorizationQuery().userIdIn(change.from()).resourceId(task.getId()).list()
                        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            }
            authorizations.createAuthorizationQuery().userIdIn(change.from()).resourceId(instance.getId()).list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            grant(to, Resources.PROCESS_INSTANCE, instance.getId(), ProcessInstancePermissions.READ);
            grant(to, Resources.HISTORIC_PROCESS_INSTANCE, instance.getId(), HistoricProcessInstancePermissions.READ);
            return new Moved(theirs.size(), false);
        });
    }

    /**
     * The period's new end and the annual assessment's opening in the case's variables, the waiting timer moved to
     * that opening, and the open tasks that were due at the old end due at the new one.
     */
    Moved periodExtended(PeriodExtensions.Extension extension) {
        return AsApplication.run(identity, () -> {
            ProcessInstance instance = running(extension.businessKey());
            runtime.setVariables(instance.getId(), extension.variables());
            Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(ANNUAL_ASSESSMENT_DUE).singleResult();
            if (timer != null) {
                management.setJobDuedate(timer.getId(), (Date) extension.variables().get(Vars.ANNUAL_OPENS_AT.name()));
            }
            Date newEnd = (Date) extension.variables().get(Vars.PERIOD_END_AT.name());
            List<Task> dueAtTheEnd = tasks.createTaskQuery().processInstanceId(instance.getId())
                    .dueDate(AppraisalCycleProcess.endOf(extension.oldEnd())).list();
            for (Task task : dueAtTheEnd) {
                task.setDueDate(newEnd);
                tasks.saveTask(task);
            }
            return new Moved(dueAtTheEnd.size(), timer != null);
        });
    }

    /**
     * Before anyone has chosen the appraiser, the employee moved school or has another line manager: the choice proposes
     * their line manager if one of those who may appraise them now (else nobody).
     */
    void choiceRenewed(String businessKey, StaffMember proposed) {
        AsApplication.run(identity, () -> {
            ProcessInstance instance = running(businessKey);
            Vars.APPRAISER_STAFF_ID.set(runtime, instance.getId(), proposed == null ? null : proposed.id());
            return instance.getId();
        });
    }

    /** The employee has left (Leavers recorded it): the case ends wherever it stands, through its own event subprocess. */
    void employeeLeft(String businessKey) {
        AsApplication.run(identity, () -> runtime.createMessageCorrelation(AppraisalCycleProcess.MESSAGE_EMPLOYEE_LEFT)
                .processInstanceId(running(businessKey).getId()).correlateWithResult());
    }

    private ProcessInstance running(String businessKey) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY)
                .processInstanceBusinessKey(businessKey).singleResult();
        if (instance == null) {
            throw CaseStateException.notNow("The appraisal case " + businessKey + " is no longer running; nothing was changed");
        }
        return instance;
    }

    /** Adds the permission to the user's grant on this resource, or makes the grant: one grant per user and resource. */
    private void grant(String user, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery().userIdIn(user).resourceType(resource)
                .resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setUserId(user);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
