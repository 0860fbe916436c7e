package uk.staffcareers.platform;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what, as Camunda authorizations on the directory's groups. Tenants (one per
 * school) keep each school's cases apart; these rules say what a group may do within its tenants:
 * <ul>
 *   <li>everyone: Tasklist, and only their own tasks (assignee permissions) and own cases (CaseAccessListener);</li>
 *   <li>headteachers: Cockpit and every case and task of their school;</li>
 *   <li>the trust's central team (CEO, HR): the same, in every school;</li>
 *   <li>starting cases: per process, the groups that its feature allows ({@link ProcessStarters}).</li>
 * </ul>
 */
@Component
class AccessRules {

    static final String MY_TASKS_FILTER = "My tasks";
    static final String SCHOOL_TASKS_FILTER = "Open tasks in my school";
    static final String OVERDUE_TASKS_FILTER = "Overdue tasks in my school";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final List<ProcessStarters> starters;

    AccessRules(AuthorizationService authorizations, FilterService filters, TaskService tasks, List<ProcessStarters> starters) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.starters = starters;
    }

    void apply() {
        for (String group : AccessGroups.EVERYONE) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        }
        for (String group : AccessGroups.OVERSEERS) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK);
            grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
            grant(group, Resources.TASK, ANY, TaskPermissions.READ);
            grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
            grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        }
        starters.forEach(feature -> feature.starters().forEach((processKey, groups) -> groups.forEach(group -> {
            grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        })));
        String myTasks = ensureFilter(MY_TASKS_FILTER, "Tasks assigned to me", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        grantEveryone(Resources.FILTER, myTasks, Permissions.READ);
        String schoolTasks = ensureFilter(SCHOOL_TASKS_FILTER, "Every open task in the schools I oversee", 0,
                tasks.createTaskQuery());
        String overdue = ensureFilter(OVERDUE_TASKS_FILTER, "Open tasks in the schools I oversee that are past their due date", 5,
                tasks.createTaskQuery().dueBeforeExpression("${now()}"));
        for (String group : AccessGroups.OVERSEERS) {
            grant(group, Resources.FILTER, schoolTasks, Permissions.READ);
            grant(group, Resources.FILTER, overdue, Permissions.READ);
        }
    }

    /**
     * Creates the shared filter, or brings an existing one's query and properties up to date: every list shows whom each
     * task is about and their school, since a headteacher may have eight tasks called "Choose the appraiser".
     */
    private String ensureFilter(String name, String description, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        // No order in the query: Tasklist sorts by what the person chooses (Created, Due date, ...), and a filter's own
        // order would come first, so "Due date, latest first" listed the earliest first.
        filter.setQuery(query);
        filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true,
                "showUndefinedVariable", false, "variables", List.of(
                        Map.of("name", CaseLabels.STAFF_NAME.name(), "label", "About"),
                        Map.of("name", CaseLabels.SCHOOL_NAME.name(), "label", "School"))));
        filters.saveFilter(filter);
        return filter.getId();
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    private void grantEveryone(Resource resource, String resourceId, Permission permission) {
        if (authorizations.createAuthorizationQuery().userIdIn(ANY).resourceType(resource).resourceId(resourceId).count() == 0) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            authorization.setUserId(ANY);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }
}
