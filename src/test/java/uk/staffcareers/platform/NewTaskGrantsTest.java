package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whoever is given a task gets Camunda's grants on it; only a task that already existed is looked up for grants first. */
class NewTaskGrantsTest {

    private static final List<String> LOOKED_UP = new ArrayList<>();
    private static ProcessEngine engine;

    @BeforeAll
    static void anEngineWithGrantsToAssignees() {
        var config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:new-task-grants;DB_CLOSE_DELAY=1000").setAuthorizationEnabled(true)
                .setProcessEngineName("new-task-grants");
        config.setEnableHistoricInstancePermissions(true);
        config.setResourceAuthorizationProvider(new NewTaskGrants() {
            @Override
            protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
                LOOKED_UP.add(userId + " " + resource.resourceName());
                return super.getGrantAuthorizationByUserId(userId, resource, resourceId);
            }
        });
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("task.bpmn", Bpmn.createExecutableProcess("task")
                .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Work").camundaAssignee("amy").endEvent().done()).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aNewTasksAssigneeIsGrantedItWithoutALookUpAndAReassignmentExtendsTheGrantsThere() {
        LOOKED_UP.clear();
        String processInstance = engine.getRuntimeService().startProcessInstanceByKey("task").getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(processInstance).singleResult().getId();

        assertThat(LOOKED_UP).as("a task made in the same command has no grants to find").isEmpty();
        assertThat(grants("amy", task)).containsExactlyInAnyOrder(Resources.TASK.resourceName(), Resources.HISTORIC_TASK.resourceName());

        engine.getTaskService().setAssignee(task, "ben");
        engine.getTaskService().setAssignee(task, "amy");
        assertThat(LOOKED_UP).as("an existing task is looked up as Camunda does").contains("ben Task", "amy Task", "amy HistoricTask");
        assertThat(grants("amy", task)).as("Amy's grants extended, not made twice")
                .containsExactlyInAnyOrder(Resources.TASK.resourceName(), Resources.HISTORIC_TASK.resourceName());
        assertThat(grants("ben", task)).hasSize(2);
    }

    private static List<String> grants(String user, String task) {
        return engine.getAuthorizationService().createAuthorizationQuery().userIdIn(user).resourceId(task).list().stream()
                .map(a -> a.getResourceType() == Resources.TASK.resourceType() ? Resources.TASK.resourceName()
                        : a.getResourceType() == Resources.HISTORIC_TASK.resourceType() ? Resources.HISTORIC_TASK.resourceName()
                        : String.valueOf(a.getResourceType()))
                .toList();
    }
}
