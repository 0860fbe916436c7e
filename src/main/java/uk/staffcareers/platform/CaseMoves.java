package uk.staffcareers.platform;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

import uk.staffcareers.CaseStateException;

/**
 * A case carried to another school (README "Movers"). Camunda cannot change a running process instance's tenant, so the
 * case starts again, in the caller's transaction, as a new instance of the same definition version, in the tenant the
 * CaseTenantProvider now gives it (the person's new school): at the steps where it stands, its running sub-cases with
 * it (MovableCallActivity), with its variables (some changed by the caller) and business key; each open task keeps its
 * due date, follow-up date, description and local variables and goes to the holder the caller says; each waiting timer
 * keeps its due date, and one that has already fired (a non-interrupting reminder) is not set again; whoever could read
 * the case still can, unless the caller says otherwise. Then the old instance ends with the reason, which its history
 * keeps. No step runs twice. A case at a step that cannot be carried (inside a multi-instance activity, or after an
 * asynchronous continuation) is refused with nothing changed.
 */
@Component
public class CaseMoves {

    /** A task of the moved case: who held it before, and the task now. */
    public record MovedTask(String previousHolder, Task task) {
    }

    /** The case as moved: its new instance, in its new tenant, and its open tasks (the sub-cases' too). */
    public record Moved(String processKey, String businessKey, String previousId, String id, String tenantId, List<MovedTask> tasks) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final HistoryService history;
    private final AuthorizationService authorizations;
    private final IdentityService identity;

    CaseMoves(RuntimeService runtime, TaskService tasks, ManagementService management, RepositoryService repository,
            HistoryService history, AuthorizationService authorizations, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.history = history;
        this.authorizations = authorizations;
        this.identity = identity;
    }

    /**
     * Moves the case (a top-level process instance). changes: variables to set anew where the case has them (at every
     * level); holders: who holds a task that the given person held; keepsAccess: whether a person who could read the
     * case may still read it; reason: why the old instance ended.
     */
    public Moved move(String processInstanceId, Map<String, Object> changes, UnaryOperator<String> holders,
            Predicate<String> keepsAccess, String reason) {
        return AsApplication.run(identity, () -> MovingCases.carrying(() -> {
            ProcessInstance old = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
            if (old == null) {
                throw CaseStateException.notNow("The case " + processInstanceId + " is no longer running; nothing was moved");
            }
            MovingCases.Plan plan = plan(old.getId(), old.getBusinessKey(), old.getProcessDefinitionId(), changes);
            ProcessInstance started = start(plan);
            List<MovedTask> moved = new ArrayList<>();
            carryOver(plan, started.getId(), holders, keepsAccess, moved);
            if (old.isSuspended()) {
                runtime.suspendProcessInstanceById(started.getId());
            }
            runtime.deleteProcessInstance(old.getId(), reason, true, true, true, false);
            String key = repository.getProcessDefinition(old.getProcessDefinitionId()).getKey();
            return new Moved(key, old.getBusinessKey(), old.getId(), started.getId(), started.getTenantId(), moved);
        }));
    }

    private MovingCases.Plan plan(String instanceId, String businessKey, String definitionId, Map<String, Object> changes) {
        VariableMap variables = runtime.getVariablesLocalTyped(instanceId, false);
        changes.forEach((name, value) -> {
            if (variables.containsKey(name)) {
                variables.put(name, value);
            }
        });
        Map<String, Map<String, Object>> locals = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(instanceId).list()) {
            if (variable.getTaskId() == null && !instanceId.equals(variable.getExecutionId())) {
                locals.computeIfAbsent(variable.getExecutionId(), id -> runtime.getVariablesLocalTyped(id, false));
            }
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        List<MovingCases.Step> steps = new ArrayList<>();
        Map<String, MovingCases.Plan> called = new LinkedHashMap<>();
        collect(runtime.getActivityInstance(instanceId), businessKey, model, locals, changes, steps, called, new HashMap<>());
        return new MovingCases.Plan(instanceId, definitionId, businessKey, variables, steps, called);
    }

    /** The leaves of the activity instance tree are the steps; variables local to a scope go with each step inside it. */
    private void collect(ActivityInstance scope, String businessKey, BpmnModelInstance model, Map<String, Map<String, Object>> locals,
            Map<String, Object> changes, List<MovingCases.Step> steps, Map<String, MovingCases.Plan> called,
            Map<String, Object> inherited) {
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getActivityType().equals("multiInstanceBody")) {
                throw cannotCarry(businessKey, child.getActivityName() == null ? child.getActivityId() : child.getActivityName());
            }
            Map<String, Object> own = new HashMap<>(inherited);
            for (String executionId : child.getExecutionIds()) {
                own.putAll(locals.getOrDefault(executionId, Map.of()));
            }
            if (child.getChildActivityInstances().length > 0 || child.getChildTransitionInstances().length > 0) {
                collect(child, businessKey, model, locals, changes, steps, called, own);
                continue;
            }
            steps.add(new MovingCases.Step(child.getActivityId(), own));
            if (child.getActivityType().equals("callActivity")) {
                String calledId = history.createHistoricActivityInstanceQuery().activityInstanceId(child.getId()).singleResult()
                        .getCalledProcessInstanceId();
                ProcessInstance sub = runtime.createProcessInstanceQuery().processInstanceId(calledId).singleResult();
                called.put(child.getActivityId(), plan(sub.getId(), sub.getBusinessKey(), sub.getProcessDefinitionId(), changes));
            }
        }
        for (TransitionInstance waiting : scope.getChildTransitionInstances()) {
            FlowNode node = model.getModelElementById(waiting.getActivityId());
            if (node == null || !node.isCamundaAsyncBefore()) {
                throw cannotCarry(businessKey, waiting.getActivityName() == null ? waiting.getActivityId() : waiting.getActivityName());
            }
            Map<String, Object> own = new HashMap<>(inherited);
            own.putAll(locals.getOrDefault(waiting.getExecutionId(), Map.of()));
            steps.add(new MovingCases.Step(waiting.getActivityId(), own));
        }
    }

    private static CaseStateException cannotCarry(String businessKey, String step) {
        return CaseStateException.notNow("The case " + businessKey + " is at a step that cannot be carried to another school ("
                + step + "); nothing was changed: let it move on from there, then record the move again");
    }

    private ProcessInstance start(MovingCases.Plan plan) {
        ProcessInstantiationBuilder builder = runtime.createProcessInstanceById(plan.definitionId()).businessKey(plan.businessKey())
                .setVariables(plan.variables());
        for (MovingCases.Step step : plan.steps()) {
            builder.startBeforeActivity(step.activityId());
            if (!step.locals().isEmpty()) {
                builder.setVariablesLocal(step.locals());
            }
        }
        MovingCases.expect(plan);
        try {
            // Custom listeners run (whoever the case is about may read it); input mappings do not: the variables are as they were.
            ProcessInstance started = builder.execute(false, true);
            if (!MovingCases.allCalledTaken()) {
                throw new IllegalStateException("A sub-case of " + plan.businessKey() + " found no call activity to continue under");
            }
            return started;
        } finally {
            MovingCases.expectNothing();
        }
    }

    /** Tasks, timers and who may read it, from each old instance of the case to its new one, sub-cases included. */
    private void carryOver(MovingCases.Plan plan, String newId, UnaryOperator<String> holders, Predicate<String> keepsAccess,
            List<MovedTask> moved) {
        carryTasks(plan.instanceId(), newId, holders, moved);
        carryTimers(plan.definitionId(), plan.instanceId(), newId);
        carryGrants(plan.instanceId(), newId, keepsAccess);
        if (plan.called().isEmpty()) {
            return;
        }
        Map<String, String> newSubs = new HashMap<>();
        collectCalled(runtime.getActivityInstance(newId), newSubs);
        plan.called().forEach((activityId, sub) -> carryOver(sub, newSubs.get(activityId), holders, keepsAccess, moved));
    }

    private void collectCalled(ActivityInstance scope, Map<String, String> subs) {
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getActivityType().equals("callActivity")) {
                subs.put(child.getActivityId(), history.createHistoricActivityInstanceQuery().activityInstanceId(child.getId())
                        .singleResult().getCalledProcessInstanceId());
            }
            collectCalled(child, subs);
        }
    }

    private void carryTasks(String oldId, String newId, UnaryOperator<String> holders, List<MovedTask> moved) {
        Map<String, Deque<Task>> before = new HashMap<>();
        tasks.createTaskQuery().processInstanceId(oldId).orderByTaskCreateTime().asc().list()
                .forEach(task -> before.computeIfAbsent(task.getTaskDefinitionKey(), k -> new ArrayDeque<>()).add(task));
        for (Task task : tasks.createTaskQuery().processInstanceId(newId).orderByTaskCreateTime().asc().list()) {
            Task was = before.getOrDefault(task.getTaskDefinitionKey(), new ArrayDeque<>()).poll();
            if (was == null) {
                continue;
            }
            String fresh = task.getAssignee();
            String holder = was.getAssignee() == null ? null : holders.apply(was.getAssignee());
            task.setAssignee(holder);
            task.setOwner(was.getOwner() == null ? null : holders.apply(was.getOwner()));
            task.setDueDate(was.getDueDate());
            task.setFollowUpDate(was.getFollowUpDate());
            task.setPriority(was.getPriority());
            task.setDescription(was.getDescription());
            tasks.saveTask(task);
            if (fresh != null && !fresh.equals(holder)) {
                // The engine granted the task to whom the model names; it is someone else's now.
                authorizations.createAuthorizationQuery().userIdIn(fresh).resourceId(task.getId()).list()
                        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            }
            for (IdentityLink link : tasks.getIdentityLinksForTask(was.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    tasks.addCandidateGroup(task.getId(), link.getGroupId());
                } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                    tasks.addCandidateUser(task.getId(), holders.apply(link.getUserId()));
                }
            }
            tasks.setVariablesLocal(task.getId(), tasks.getVariablesLocalTyped(was.getId(), false));
            moved.add(new MovedTask(was.getAssignee(), tasks.createTaskQuery().taskId(task.getId()).singleResult()));
        }
    }

    /** Timers keep their due dates; a timer the old instance no longer had (it fired, and did not cancel its step) goes. */
    private void carryTimers(String definitionId, String oldId, String newId) {
        Map<String, String> activities = new HashMap<>();
        management.createJobDefinitionQuery().processDefinitionId(definitionId).list()
                .forEach(definition -> activities.put(definition.getId(), definition.getActivityId()));
        Function<Job, String> activityOf = job -> activities.get(job.getJobDefinitionId());
        Map<String, Deque<Date>> before = new HashMap<>();
        management.createJobQuery().processInstanceId(oldId).timers().list().stream()
                .sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(job -> before.computeIfAbsent(activityOf.apply(job), k -> new ArrayDeque<>()).add(job.getDuedate()));
        List<Job> timers = management.createJobQuery().processInstanceId(newId).timers().list().stream()
                .sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        for (Job timer : timers) {
            Date due = before.getOrDefault(activityOf.apply(timer), new ArrayDeque<>()).poll();
            if (due == null) {
                management.deleteJob(timer.getId());
            } else if (!due.equals(timer.getDuedate())) {
                management.setJobDuedate(timer.getId(), due);
            }
        }
    }

    private void carryGrants(String oldId, String newId, Predicate<String> keepsAccess) {
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceId(oldId).list()) {
            boolean caseGrant = grant.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
                    || grant.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
            if (!caseGrant || grant.getAuthorizationType() != AUTH_TYPE_GRANT
                    || grant.getUserId() != null && !keepsAccess.test(grant.getUserId())) {
                continue;
            }
            var query = authorizations.createAuthorizationQuery().resourceType(grant.getResourceType()).resourceId(newId);
            Authorization copy = (grant.getUserId() != null ? query.userIdIn(grant.getUserId()) : query.groupIdIn(grant.getGroupId()))
                    .singleResult();
            if (copy == null) {
                copy = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                copy.setUserId(grant.getUserId());
                copy.setGroupId(grant.getGroupId());
                copy.setResourceType(grant.getResourceType());
                copy.setResourceId(newId);
            }
            AuthorizationEntity merged = (AuthorizationEntity) copy;
            merged.setPermissions(merged.getPermissions() | ((AuthorizationEntity) grant).getPermissions());
            authorizations.saveAuthorization(copy);
        }
    }
}
