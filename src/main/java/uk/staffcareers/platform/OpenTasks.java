package uk.staffcareers.platform;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The open tasks with an assignee and a due date that the mail jobs (reminders, the digest) and the overview read, as
 * {@link OpenTask}s.
 * Run by the application, without a user: every school's tasks.
 */
@Component
public class OpenTasks {

    private static final int ALL = Integer.MAX_VALUE;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    OpenTasks(TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** Tasks due after {@code from} and up to {@code to}. */
    public List<OpenTask> dueBetween(Instant from, Instant to) {
        return open(tasks.createTaskQuery().dueAfter(Date.from(from)).dueBefore(Date.from(to)).active().taskAssigned(), ALL);
    }

    /** One school's (tenant's) tasks that were due before {@code now}, earliest first. */
    public List<OpenTask> overdue(String tenantId, Instant now) {
        return longestOverdue(List.of(tenantId), now, ALL);
    }

    /** The {@code most} longest overdue of some schools' (tenants') tasks, earliest due first, in one query. */
    public List<OpenTask> longestOverdue(List<String> tenantIds, Instant now, int most) {
        return tenantIds.isEmpty() ? List.of() : open(overdueQuery(tenantIds, now).orderByDueDate().asc(), most);
    }

    /** How many of some schools' tasks are overdue. */
    public long countOverdue(List<String> tenantIds, Instant now) {
        return tenantIds.isEmpty() ? 0 : overdueQuery(tenantIds, now).count();
    }

    private TaskQuery overdueQuery(List<String> tenantIds, Instant now) {
        return tasks.createTaskQuery().tenantIdIn(tenantIds.toArray(String[]::new)).dueBefore(Date.from(now)).active().taskAssigned();
    }

    private List<OpenTask> open(TaskQuery query, int most) {
        List<Task> found = most == ALL ? query.list() : query.listPage(0, most);
        if (found.isEmpty()) {
            return List.of();
        }
        // A task created by hand in Tasklist belongs to no case: it has no business key, person or process.
        Set<String> cases = found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, String> staffNames = new HashMap<>();
        if (!cases.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(cases).list()
                    .forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
            runtime.createVariableInstanceQuery().variableName("staffName").processInstanceIdIn(cases.toArray(String[]::new))
                    .list().stream().filter(v -> v.getValue() != null)
                    .forEach(v -> staffNames.putIfAbsent(v.getProcessInstanceId(), v.getValue().toString()));
        }
        Map<String, String> keys = new HashMap<>();
        return found.stream().map(t -> new OpenTask(t.getId(), t.getName(), t.getAssignee(), t.getDueDate().toInstant(),
                t.getProcessDefinitionId() == null ? null
                        : keys.computeIfAbsent(t.getProcessDefinitionId(), id -> repository.getProcessDefinition(id).getKey()),
                staffNames.get(t.getProcessInstanceId()), businessKeys.get(t.getProcessInstanceId()), t.getTenantId())).toList();
    }
}
