package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.staffcareers.FixedClock;
import uk.staffcareers.FixedEngineClock;

/** A cycle lasts a year while analysts change the diagram: a running case moves to the new version and carries on. */
@ExtendWith(FixedEngineClock.class)
class AppraisalMigrationTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml").build();

    @AfterEach
    void cleanUp() {
        Mocks.reset();
        ProcessEngine engine = extension.getProcessEngine();
        engine.getRepositoryService().createDeploymentQuery().list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void aRunningCycleMigratesToTheAnalystsNewVersion() throws IOException {
        ProcessEngine engine = extension.getProcessEngine();
        for (String bean : new String[] {"openAppraisalDelegate", "objectiveGuidanceDelegate", "recordAppraiserDelegate"}) {
            Mocks.register(bean, (JavaDelegate) ex -> { });
        }
        Mocks.register("recordDraftObjectivesDelegate", (JavaDelegate) ex -> ex.setVariable("agreementDueAt",
                inDays(7)));
        String v1 = read("models/processes/appraisal-cycle.bpmn");
        deploy(engine, v1);
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(AppraisalCycleProcess.KEY, "APPRAISAL-2026/27-E1004",
                Map.of("staffId", "E1004", "employee", "amy.hughes", "appraisedByTrust", false, "headteacher", "helen.carter", "role", "TEACHING_ASSISTANT",
                        "appraiserDueAt", inDays(0), "objectivesDueAt", inDays(30),
                        "objectivesEscalateAt", inDays(40)));
        String task = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId();
        engine.getTaskService().complete(task, Map.of("appraiserStaffId", "E1002", "appraiser", "tom.bennett"));

        // The analyst renames a step and gives the diagram a new version tag.
        String v2 = v1.replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"9.9.9\"")
                .replace("name=\"Draft objectives\"", "name=\"Draft SMART objectives\"");
        deploy(engine, v2);
        ProcessDefinition first = definition(engine, 1);
        ProcessDefinition second = definition(engine, 2);
        MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(first.getId(), second.getId()).mapEqualActivities()
                .updateEventTriggers().build();
        engine.getRuntimeService().newMigration(plan).processInstanceIds(cycle.getId()).execute();

        var migrated = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult();
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(second.getId());
        var draft = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).singleResult();
        assertThat(draft.getProcessDefinitionId()).as("the open task belongs to the new version").isEqualTo(second.getId());
        assertThat(engine.getRepositoryService().getBpmnModelInstance(second.getId())
                .getModelElementById("Task_DraftObjectives").getAttributeValue("name")).isEqualTo("Draft SMART objectives");
        assertThat(draft.getAssignee()).isEqualTo("tom.bennett");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).list())
                .as("the objectives deadline timers move with the case")
                .allMatch(job -> job.getProcessDefinitionId().equals(second.getId())).hasSize(2);
        engine.getTaskService().complete(draft.getId());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_AgreeObjectives");
    }

    private static void deploy(ProcessEngine engine, String bpmn) {
        engine.getRepositoryService().createDeployment().addString("appraisal-cycle.bpmn", bpmn)
                .addClasspathResource("models/processes/appraisal-expectations.dmn").deploy();
    }

    private static ProcessDefinition definition(ProcessEngine engine, int version) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(AppraisalCycleProcess.KEY)
                .processDefinitionVersion(version).singleResult();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AppraisalMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** So many days after the test's fixed moment (FixedEngineClock), when the engine's clock stands. */
    private static Date inDays(int days) {
        return new Date(FixedClock.NOW.millis() + days * 86_400_000L);
    }
}
