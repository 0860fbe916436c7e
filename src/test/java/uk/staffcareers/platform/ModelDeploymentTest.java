package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.staffcareers.platform.ModelFixtures.bpmn;
import static uk.staffcareers.platform.ModelFixtures.form;
import static uk.staffcareers.platform.ModelFixtures.process;
import static uk.staffcareers.platform.ModelFixtures.with;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** processes/ and forms/ reach the engine as one deployment per process with its forms, and only when changed. */
@SpringBootTest
@ActiveProfiles("test")
class ModelDeploymentTest {

    private static final String CONFIRM = "confirm-staff-details";
    private static final String CONFIRM_FORM = "forms/onboarding-confirm-details.form";

    @Autowired
    ModelDeployer deployer;
    @Autowired
    ModelFiles modelFiles;
    @Autowired
    ModelDeploymentReport report;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    DecisionService decisions;

    @AfterEach
    void redeployTheShippedModels() {
        deployer.deployAll();
    }

    @Test
    void eachProcessIsDeployedWithTheFormsItUses() {
        assertThat(repository.getDeploymentResourceNames(latest(CONFIRM).getDeploymentId())).containsExactlyInAnyOrder(
                "processes/confirm-staff-details.bpmn", "forms/onboarding-start-confirm-details.form",
                CONFIRM_FORM, "forms/onboarding-correct-record.form");
    }

    @Test
    void formRefsResolveToTheDeployedForms() throws IOException {
        assertThat(text(forms.getDeployedStartForm(latest(CONFIRM).getId()))).contains("\"id\": \"onboarding-start-confirm-details\"");
        String taskId = startCaseAndGetTask();
        assertThat(text(forms.getDeployedTaskForm(taskId))).contains("\"id\": \"onboarding-confirm-details\"");
    }

    @Test
    void unchangedModelsGetNoNewVersionAndAChangedFormGivesOneNewVersionOfItsOwnProcessOnly() throws IOException {
        List<ModelFile> models = with(modelFiles.load(), bpmn("other-process", process("other-process", "other-form")),
                form("other-form", "Note"));
        deployer.deploy(models);
        int confirmVersion = latest(CONFIRM).getVersion();
        int otherVersion = latest("other-process").getVersion();

        report.reset();
        deployer.deploy(models);
        assertThat(report.deployed()).isEmpty();
        assertThat(latest(CONFIRM).getVersion()).isEqualTo(confirmVersion);

        String runningCaseTask = startCaseAndGetTask();
        ModelFile original = models.stream().filter(f -> f.name().equals(CONFIRM_FORM)).findFirst().orElseThrow();
        ModelFile changed = new ModelFile(CONFIRM_FORM,
                original.text().replace("Is your record correct?", "Is everything in your record right?").getBytes(StandardCharsets.UTF_8));
        report.reset();
        deployer.deploy(with(models, changed));

        assertThat(report.deployed()).containsExactly(CONFIRM);
        assertThat(latest(CONFIRM).getVersion()).isEqualTo(confirmVersion + 1);
        assertThat(latest("other-process").getVersion()).isEqualTo(otherVersion);
        assertThat(repository.getDeploymentResourceNames(latest(CONFIRM).getDeploymentId())).contains(CONFIRM_FORM,
                "processes/confirm-staff-details.bpmn");
        // The running case keeps the form it started with; new cases get the new one.
        assertThat(text(forms.getDeployedTaskForm(runningCaseTask))).contains("Is your record correct?");
        assertThat(text(forms.getDeployedTaskForm(startCaseAndGetTask()))).contains("Is everything in your record right?");
    }

    @Test
    void aBrokenDiagramIsRefusedWithItsElementAndThePreviousVersionKeepsServing() {
        String runningCaseTask = startCaseAndGetTask();
        int version = latest(CONFIRM).getVersion();
        ModelFile shipped = modelFiles.load().stream().filter(f -> f.baseName().equals(CONFIRM)).findFirst().orElseThrow();
        ModelFile broken = new ModelFile(shipped.name(),
                shipped.text().replace("${recordConfirmationDelegate}", "${recordConfirmedDelegate}").getBytes(StandardCharsets.UTF_8));

        report.reset();
        deployer.deploy(with(modelFiles.load(), broken));

        assertThat(report.refused()).extracting(ModelViolation::toString).containsExactly(
                "processes/confirm-staff-details.bpmn [Task_RecordConfirmation]: expression names a bean 'recordConfirmedDelegate' that the application does not have");
        assertThat(report.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(latest(CONFIRM).getVersion()).isEqualTo(version);
        assertThat(tasks.createTaskQuery().taskId(runningCaseTask).count()).isOne();
    }

    /** One character in one rule once broke every HLTA self-review: processes use the latest version of a table. */
    @Test
    void aDecisionTableWithATypoInARuleIsRefusedNamedAndThePreviousVersionKeepsServing() {
        DecisionDefinition before = latestDecision("hlta-readiness");
        ModelFile shipped = modelFiles.load().stream().filter(f -> f.baseName().equals("hlta-readiness")).findFirst().orElseThrow();
        ModelFile typo = new ModelFile(shipped.name(),
                shipped.text().replace("<text>&lt; 30</text>", "<text>=&lt; 28</text>").getBytes(StandardCharsets.UTF_8));

        report.reset();
        deployer.deploy(with(modelFiles.load(), typo));

        assertThat(report.refused()).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("processes/hlta-readiness.dmn");
            assertThat(v.elementId()).isEqualTo("hlta-readiness");
            assertThat(v.message()).contains("rule 3 (Rule_FewStandards)", "input 'Standards the candidate is confident of"
                    + " meeting (of 33)'", "failed to parse expression '=< 28'");
        });
        assertThat(report.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(latestDecision("hlta-readiness").getId()).isEqualTo(before.getId());
        Map<String, Object> readyCandidate = Map.of("wholeClassOpportunities", true, "level2EnglishAndMathsOnRecord", true,
                "standardsConfident", 31);
        String readiness = decisions.evaluateDecisionTableByKey("hlta-readiness", readyCandidate).getSingleResult()
                .getEntry("readiness");
        assertThat(readiness).isEqualTo("READY");
    }

    @Test
    void aDiagramTheEngineCannotExecuteIsRefusedWithTheEnginesReason() {
        // Valid XML that passes our rules, but a service task with nothing to run.
        ModelFile unexecutable = bpmn("bad-task", "other-form",
                x -> x.replace("<userTask", "<serviceTask id=\"Task_DoNothing\" name=\"Do nothing\"/><userTask"));
        report.reset();
        deployer.deploy(List.of(form("other-form", "Note"), unexecutable));

        assertThat(report.refused()).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("processes/bad-task.bpmn");
            assertThat(v.elementId()).isEqualTo("Task_DoNothing");
            assertThat(v.message()).contains("mandatory on serviceTask");
        });
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("bad-task").count()).isZero();
    }

    private String startCaseAndGetTask() {
        String id = runtime.startProcessInstanceByKey(CONFIRM, Map.of(CaseVariables.STAFF_ID.name(), "E1004")).getId();
        return tasks.createTaskQuery().processInstanceId(id).singleResult().getId();
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private DecisionDefinition latestDecision(String key) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
    }

    private static String text(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
