package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.staffcareers.IntegrationTest;

/**
 * Moving running cases when the analyst removed a step (POST /api/models/{key}/migrations): the dry run names the step
 * with no counterpart and how many cases wait there; the batch moves the others and names the case it could not move.
 * The process is this test's own, so every figure is its cases'.
 */
class ModelMigrationsIT extends IntegrationTest {

    private static final String KEY = "migration-fixture";
    private static final String FORM = "migration-fixture-form";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void onlyAnalystsAndTheAdministratorMoveCases() {
        for (String user : List.of("helen.carter", "kate.morgan", "amy.hughes", "prime.consortium")) {
            assertThat(post(user, "/api/models/confirm-staff-details/migrations", null).getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(get(user, "/api/models/migrations/any").getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(post("admin", "/api/models/confirm-staff-details/migrations", null).getStatusCode().value()).isEqualTo(200);
        assertThat(post("alex.reed", "/api/models/no-such-process/migrations", null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseWaitingAtARemovedStepIsNamedBeforeAndAfterTheOthersMove() {
        deploy("1", "Task_Second", "Second step");
        String first = runtime.startProcessInstanceByKey(KEY, "FIXTURE-AT-FIRST", Map.of(CaseVariables.STAFF_ID.name(), "E1004")).getId();
        String second = runtime.startProcessInstanceByKey(KEY, "FIXTURE-AT-SECOND", Map.of(CaseVariables.STAFF_ID.name(), "E1004")).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(second).singleResult().getId());
        deploy("2", "Task_Replacement", "Replacement step");

        Map<String, Object> dryRun = as("alex.reed").postForObject("/api/models/" + KEY + "/migrations", null, Map.class);

        assertThat(dryRun).containsEntry("dryRun", true).containsEntry("targetVersion", 2)
                .containsEntry("message", "Nothing was moved (a dry run): 1 of 2 case(s) would move");
        Map<String, Object> source = ((List<Map<String, Object>>) dryRun.get("sources")).get(0);
        assertThat(source).containsEntry("version", 1).containsEntry("cases", 2).containsEntry("casesThatWouldMove", 1)
                .containsEntry("planFailures", List.of()).containsEntry("batchId", null);
        assertThat(source.get("withoutCounterpart")).isEqualTo(List.of(Map.of("id", "Task_Second", "name", "Second step", "casesWaiting", 1)));
        assertThat(source.get("newSteps")).isEqualTo(List.of(Map.of("id", "Task_Replacement", "name", "Replacement step", "casesWaiting", 0)));
        assertThat(processVersionOf(first)).as("a dry run moves nothing").isEqualTo(1);

        Map<String, Object> started = as("alex.reed").postForObject("/api/models/" + KEY + "/migrations?dryRun=false", null, Map.class);
        String batchId = (String) ((List<Map<String, Object>>) started.get("sources")).get(0).get("batchId");
        assertThat(batchId).isNotNull();
        runBatch(batchId);

        Map<String, Object> progress = as("alex.reed").getForObject("/api/models/migrations/" + batchId, Map.class);
        assertThat(progress).containsEntry("processKey", KEY).containsEntry("sourceVersion", 1).containsEntry("targetVersion", 2)
                .containsEntry("requestedBy", "alex.reed").containsEntry("cases", 2).containsEntry("moved", 1).containsEntry("failed", 1)
                .containsEntry("state", "stopped: every case left has failed");
        List<Map<String, Object>> results = (List<Map<String, Object>>) progress.get("results");
        assertThat(results).filteredOn(r -> r.get("businessKey").equals("FIXTURE-AT-FIRST")).singleElement()
                .satisfies(r -> assertThat(r.get("result")).isEqualTo("moved"));
        assertThat(results).filteredOn(r -> r.get("businessKey").equals("FIXTURE-AT-SECOND")).singleElement().satisfies(r -> {
            assertThat(r.get("result")).isEqualTo("failed");
            assertThat(r.get("reason").toString()).startsWith("It waits at Second step (Task_Second): ").contains("no migration instruction");
        });
        assertThat(processVersionOf(first)).isEqualTo(2);
        assertThat(processVersionOf(second)).isEqualTo(1);
        assertThat(get("helen.carter", "/api/models/migrations/" + batchId).getStatusCode().value()).isEqualTo(403);
        assertThat(get("alex.reed", "/api/models/migrations/no-such-batch").getStatusCode().value()).isEqualTo(404);
    }

    /** Start → First step → the given second step → end, each with the fixture's form. */
    private void deploy(String versionTag, String secondId, String secondName) {
        UserTaskBuilder firstStep = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(30).camundaVersionTag(versionTag)
                .startEvent("StartEvent_Begun").userTask("Task_First").name("First step");
        String bpmn = Bpmn.convertToString(withForm(withForm(firstStep).userTask(secondId).name(secondName)).endEvent("EndEvent_Done").done());
        repository.createDeployment().name(KEY).addString("processes/" + KEY + ".bpmn", bpmn)
                .addString("forms/" + FORM + ".form", new String(ModelFixtures.form(FORM, "Note").content(), StandardCharsets.UTF_8)).deploy();
    }

    private static UserTaskBuilder withForm(UserTaskBuilder task) {
        return task.camundaAssignee("amy.hughes").camundaFormRef(FORM).camundaFormRefBinding("deployment");
    }

    private int processVersionOf(String caseId) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId).getVersion();
    }
}
