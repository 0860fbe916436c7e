package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.platform.ModelDeployer;
import uk.staffcareers.staff.DemoTrust;

/**
 * An analyst adds a step to the appraisal year while cycles run: she deploys her copy of the diagram through
 * /api/models/deployments, the dry run of /api/models/appraisal-cycle/migrations says how many cycles move and what
 * happens to their deadlines, and the batch moves a running cycle, which then goes through the new step.
 */
class AppraisalMigrationIT extends IntegrationTest {

    private static final String NEW_TASK = "<bpmn:userTask id=\"Task_CheckDraftObjectives\" name=\"Check the draft objectives\" "
            + "camunda:formRef=\"appraisal-draft-objectives\" camunda:formRefBinding=\"deployment\" camunda:assignee=\"${appraiser}\" "
            + "camunda:dueDate=\"${objectivesDueAt}\"><bpmn:incoming>Flow_ToRecordObjectives</bpmn:incoming>"
            + "<bpmn:outgoing>Flow_ToRecordCheckedObjectives</bpmn:outgoing></bpmn:userTask>"
            + "<bpmn:sequenceFlow id=\"Flow_ToRecordCheckedObjectives\" sourceRef=\"Task_CheckDraftObjectives\" targetRef=\"Task_RecordObjectives\"/>";

    // A Wednesday in the autumn term: the cycle it launches waits on its objectives, whose deadlines are weeks ahead.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    private final AppraisalPeriod period = AppraisalPeriod.containing(today);

    @Autowired
    ModelDeployer deployer;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @AfterEach
    void theFolderServesAgain() {
        deployer.deployAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRunningCycleMovesToTheVersionWithTheAnalystsNewStep() throws Exception {
        newTeachingAssistant("E1187", "Ivy", "Frost", DemoTrust.OAKFIELD, "E1002");
        assertThat(as("helen.carter").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1187"), Map.class)
                .getBody()).containsEntry("started", 1);
        String caseId = (String) list("kate.morgan", "/engine-rest/process-instance?businessKey=" + period.businessKey("E1187")).get(0).get("id");
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Choose the appraiser"), "appraiserStaffId", "E1002")).isEqualTo(204);
        String draft = taskFor("tom.bennett", caseId, "Draft objectives");
        String sourceDefinition = definitionOf(caseId);
        Map<String, java.util.Date> deadlines = deadlines(caseId);
        assertThat(deadlines).containsOnlyKeys("Event_ObjectivesOverdue", "Event_ObjectivesStillOpen");

        String form = Files.readString(Path.of("forms/appraisal-draft-objectives.form"));
        assertThat(text("/engine-rest/task/" + draft + "/deployed-form")).contains("\"Objective 1\"");
        ResponseEntity<String> deployed = postFiles("alex.reed", "/api/models/deployments", Map.of(),
                Map.of("appraisal-cycle.bpmn", withNewStep().getBytes(StandardCharsets.UTF_8), "appraisal-draft-objectives.form",
                        form.replace("\"Objective 1\"", "\"First objective\"").getBytes(StandardCharsets.UTF_8)));
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        assertThat(deployed.getBody()).contains("Deployed new versions of appraisal-cycle");
        int target = repository.createProcessDefinitionQuery().processDefinitionKey(AppraisalCycleProcess.KEY).latestVersion().singleResult()
                .getVersion();

        Map<String, Object> dryRun = as("alex.reed").postForObject("/api/models/appraisal-cycle/migrations?dryRun=true", null, Map.class);
        assertThat(dryRun).containsEntry("targetVersion", target).containsEntry("targetVersionTag", "1.2.0-check");
        Map<String, Object> source = sourceReport(dryRun, repository.getProcessDefinition(sourceDefinition).getVersion());
        long running = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinition).count();
        assertThat(source).containsEntry("cases", (int) running).containsEntry("casesThatWouldMove", (int) running)
                .containsEntry("withoutCounterpart", List.of()).containsEntry("planFailures", List.of());
        assertThat(source.get("newSteps")).isEqualTo(List.of(Map.of("id", "Task_CheckDraftObjectives", "name", "Check the draft objectives",
                "casesWaiting", 0)));
        assertThat((List<Map<String, Object>>) source.get("timers")).filteredOn(t -> t.get("id").equals("Event_ObjectivesOverdue"))
                .singleElement().satisfies(t -> {
                    assertThat(t).containsEntry("name", "Objectives deadline passed").containsEntry("definition", "${objectivesDueAt}");
                    assertThat((int) t.get("casesWaiting")).isPositive();
                    assertThat(t.get("afterMigration").toString()).startsWith("keeps its date");
                });
        assertThat(definitionOf(caseId)).as("a dry run moves nothing").isEqualTo(sourceDefinition);

        Map<String, Object> started = as("alex.reed").postForObject("/api/models/appraisal-cycle/migrations?dryRun=false", null, Map.class);
        String batchId = (String) sourceReport(started, repository.getProcessDefinition(sourceDefinition).getVersion()).get("batchId");
        runBatch(batchId);

        Map<String, Object> progress = as("alex.reed").getForObject("/api/models/migrations/" + batchId, Map.class);
        assertThat(progress).containsEntry("state", "finished").containsEntry("failed", 0);
        assertThat((List<Map<String, Object>>) progress.get("results")).filteredOn(r -> r.get("businessKey").equals(period.businessKey("E1187")))
                .singleElement().satisfies(r -> assertThat(r.get("result")).isEqualTo("moved"));
        assertThat(repository.getProcessDefinition(definitionOf(caseId)).getVersion()).isEqualTo(target);
        assertThat(deadlines(caseId)).as("the deadlines the case worked out from the policy").isEqualTo(deadlines);
        assertThat(text("/engine-rest/task/" + draft + "/deployed-form")).as("the open task's form is the new version's")
                .contains("\"First objective\"");

        assertThat(submit("tom.bennett", draft, AppraisalFormFields.objectives("Lead a phonics group"))).isEqualTo(204);
        assertThat(taskFor("tom.bennett", caseId, "Check the draft objectives")).isNotNull();
    }

    /** The analyst's copy: a check of the draft between drafting and recording the objectives, and a version tag of its own. */
    private static String withNewStep() throws Exception {
        String bpmn = Files.readString(Path.of("processes/appraisal-cycle.bpmn"));
        String changed = bpmn.replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"1.2.0-check\"")
                .replace("sourceRef=\"Task_DraftObjectives\" targetRef=\"Task_RecordObjectives\"",
                        "sourceRef=\"Task_DraftObjectives\" targetRef=\"Task_CheckDraftObjectives\"")
                .replace("<bpmn:incoming>Flow_ToRecordObjectives</bpmn:incoming>",
                        "<bpmn:incoming>Flow_ToRecordCheckedObjectives</bpmn:incoming>")
                .replace("<bpmn:serviceTask id=\"Task_RecordObjectives\"", NEW_TASK + "<bpmn:serviceTask id=\"Task_RecordObjectives\"");
        assertThat(changed).contains("targetRef=\"Task_CheckDraftObjectives\"", "<bpmn:incoming>Flow_ToRecordCheckedObjectives");
        return changed;
    }

    private String text(String path) {
        ResponseEntity<String> response = get("tom.bennett", path);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sourceReport(Map<String, Object> report, int version) {
        return ((List<Map<String, Object>>) report.get("sources")).stream().filter(s -> s.get("version").equals(version)).findFirst()
                .orElseThrow();
    }

    private String definitionOf(String caseId) {
        return runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getProcessDefinitionId();
    }

    /** The due date of each timer the case waits on, by its event. */
    private Map<String, java.util.Date> deadlines(String caseId) {
        return management.createJobQuery().processInstanceId(caseId).timers().list().stream().collect(java.util.stream.Collectors.toMap(
                job -> management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId(),
                Job::getDuedate));
    }
}
