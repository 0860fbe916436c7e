package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.IntegrationTest;

/**
 * An analyst deploys without a restart (POST /api/models/deployments): the folder, or uploaded files in place of the
 * folder's, checked as a whole; only what differs from the engine's latest version is deployed, once; a start-up
 * afterwards adds no version; health says when the engine and the folder differ.
 */
class ModelDeploymentsIT extends IntegrationTest {

    private static final String DEPLOYMENTS = "/api/models/deployments";
    private static final String CONFIRM = "confirm-staff-details";
    private static final String CONFIRM_BPMN = "processes/confirm-staff-details.bpmn";
    private static final String CONFIRM_FORM = "forms/onboarding-confirm-details.form";
    private static final String APPRAISAL = "appraisal-cycle";

    @Autowired
    ModelDeployer deployer;
    @Autowired
    ModelFiles modelFiles;
    @Autowired
    ModelDeploymentReport report;
    @Autowired
    RepositoryService repository;

    @AfterEach
    void theFolderServesAgain() {
        deployer.deployAll();
    }

    @Test
    void onlyAnalystsAndTheAdministratorDeploy() {
        for (String user : List.of("helen.carter", "kate.morgan", "amy.hughes", "prime.consortium")) {
            assertThat(post(user, DEPLOYMENTS + "?dryRun=true", null).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(post("alex.reed", DEPLOYMENTS + "?dryRun=true", null).getStatusCode().value()).isEqualTo(200);
        assertThat(post("admin", DEPLOYMENTS + "?dryRun=true", null).getStatusCode().value()).isEqualTo(200);
        // The analyst holds no Camunda rights of his own: the endpoints are his way in, with their checks.
        assertThat(postFiles("alex.reed", "/engine-rest/deployment/create", Map.of("deployment-name", CONFIRM),
                Map.of("confirm-staff-details.bpmn", folderFile(CONFIRM_BPMN).content())).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aDryRunOfTheFolderFindsTheEngineServingIt() throws Exception {
        Map<String, Object> answer = answer(post("alex.reed", DEPLOYMENTS + "?dryRun=true", null), 200);

        assertThat(answer).containsEntry("dryRun", true).containsEntry("outcome", "checked");
        assertThat(files(answer)).filteredOn(f -> !f.get("file").toString().startsWith("forms/"))
                .allSatisfy(f -> assertThat(f.get("status")).as(f.get("file").toString()).isEqualTo("unchanged"));
        assertThat(modelsInSync()).containsEntry("status", "UP");
    }

    @Test
    void anUploadedFormGivesItsProcessOneNewVersionAndNeitherARepeatNorAStartUpAddsAnother() throws Exception {
        int version = latest(CONFIRM);
        int appraisalVersion = latest(APPRAISAL);
        ModelFile changed = changed(CONFIRM_FORM, "Is your record correct?", "Is everything in your record right?");
        Map<String, byte[]> upload = Map.of("onboarding-confirm-details.form", changed.content());

        Map<String, Object> dryRun = answer(postFiles("alex.reed", DEPLOYMENTS + "?dryRun=true", Map.of(), upload), 200);
        assertThat(status(dryRun, CONFIRM_FORM)).isEqualTo("changed");
        assertThat(status(dryRun, CONFIRM_BPMN)).isEqualTo("changed");
        assertThat(status(dryRun, "processes/appraisal-cycle.bpmn")).isEqualTo("unchanged");
        assertThat(latest(CONFIRM)).as("a dry run deploys nothing").isEqualTo(version);

        Map<String, Object> first = answer(postFiles("alex.reed", DEPLOYMENTS, Map.of(), upload), 200);
        assertThat(first).containsEntry("outcome", "deployed").containsEntry("message", "Deployed new versions of " + CONFIRM);
        assertThat(status(first, CONFIRM_FORM)).isEqualTo("deployed");
        assertThat(status(first, CONFIRM_BPMN)).isEqualTo("deployed");
        assertThat(latest(CONFIRM)).isEqualTo(version + 1);
        assertThat(latest(APPRAISAL)).isEqualTo(appraisalVersion);

        Map<String, Object> again = answer(postFiles("alex.reed", DEPLOYMENTS, Map.of(), upload), 200);
        assertThat(again).containsEntry("outcome", "unchanged");
        assertThat(status(again, CONFIRM_FORM)).isEqualTo("unchanged");
        assertThat(latest(CONFIRM)).as("the same content twice: one version").isEqualTo(version + 1);

        // The folder still holds the old form: health says so, naming the process and the file.
        assertThat(modelsInSync()).containsEntry("status", "OUT_OF_SYNC");
        assertThat(modelsInSync().get("details").toString()).contains(CONFIRM + ": the engine's latest version differs in " + CONFIRM_FORM);

        // The analyst saves the form in the folder; the next start-up finds the engine serving it and adds nothing.
        report.reset();
        deployer.deploy(ModelUploads.over(modelFiles.load(), List.of(changed)));
        assertThat(report.deployed()).isEmpty();
        assertThat(latest(CONFIRM)).isEqualTo(version + 1);

        // Deploying the folder as it is brings its own form back as the latest version.
        Map<String, Object> folder = answer(post("admin", DEPLOYMENTS, null), 200);
        assertThat(status(folder, CONFIRM_BPMN)).isEqualTo("deployed");
        assertThat(latest(CONFIRM)).isEqualTo(version + 2);
        assertThat(modelsInSync()).containsEntry("status", "UP");
    }

    @Test
    void aSetWithABrokenFileIsRefusedWholeWithTheFileAndElementNamed() throws Exception {
        int version = latest(CONFIRM);
        int appraisalVersion = latest(APPRAISAL);
        ModelFile broken = changed(CONFIRM_BPMN, "${recordConfirmationDelegate}", "${recordConfirmedDelegate}");
        ModelFile form = changed("forms/appraisal-draft-objectives.form", "\"label\": \"", "\"label\": \"Now: ");

        Map<String, Object> refused = answer(postFiles("alex.reed", DEPLOYMENTS, Map.of(),
                Map.of("confirm-staff-details.bpmn", broken.content(), "appraisal-draft-objectives.form", form.content())), 400);

        assertThat(refused).containsEntry("outcome", "refused");
        assertThat(refused.get("message").toString()).isEqualTo("Nothing was deployed: 1 file(s) break the model rules; correct them and send the set again");
        assertThat(files(refused)).filteredOn(f -> f.get("file").equals(CONFIRM_BPMN)).singleElement()
                .satisfies(f -> assertThat(f.get("violations")).isEqualTo(List.of(Map.of("element", "Task_RecordConfirmation",
                        "message", "expression names a bean 'recordConfirmedDelegate' that the application does not have"))));
        assertThat(status(refused, "processes/appraisal-cycle.bpmn")).as("changed, but not deployed").isEqualTo("changed");
        assertThat(status(refused, CONFIRM_FORM)).as("held back with its diagram").isEqualTo("refused");
        assertThat(latest(CONFIRM)).isEqualTo(version);
        assertThat(latest(APPRAISAL)).isEqualTo(appraisalVersion);

        ResponseEntity<String> notAModel = postFiles("alex.reed", DEPLOYMENTS, Map.of(), Map.of("notes.txt", new byte[] {1}));
        assertThat(notAModel.getStatusCode().value()).isEqualTo(400);
        assertThat(notAModel.getBody()).contains("Only .bpmn, .dmn and .form files may be deployed, not 'notes.txt'");
    }

    /** Modeler's Deploy button always makes a new version; the next start-up then finds the engine serving the folder's files. */
    @Test
    void aModelerDeploymentOfTheFolderAddsNoVersionAtTheNextStart() {
        int version = latest(CONFIRM);
        Map<String, byte[]> files = new java.util.HashMap<>();
        for (String name : List.of(CONFIRM_BPMN, CONFIRM_FORM, "forms/onboarding-start-confirm-details.form", "forms/onboarding-correct-record.form")) {
            files.put(name.substring(name.indexOf('/') + 1), folderFile(name).content());
        }
        ResponseEntity<String> modeler = postFiles("admin", "/engine-rest/deployment/create", Map.of("deployment-name", "diagram_1"), files);
        assertThat(modeler.getStatusCode().value()).as(modeler.getBody()).isEqualTo(200);
        assertThat(latest(CONFIRM)).isEqualTo(version + 1);

        assertThat(deployer.deployAll().deployed()).doesNotContain(CONFIRM);
        assertThat(latest(CONFIRM)).isEqualTo(version + 1);
        assertThat(modelsInSync()).containsEntry("status", "UP");
    }

    private int latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
    }

    private ModelFile folderFile(String name) {
        return modelFiles.load().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private ModelFile changed(String name, String from, String to) {
        String text = folderFile(name).text();
        assertThat(text).contains(from);
        return new ModelFile(name, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> modelsInSync() {
        Map<String, Object> health = as("admin").getForObject("/actuator/health", Map.class);
        return (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("modelsInSync");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return new ObjectMapper().readValue(response.getBody(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> files(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("files");
    }

    private static String status(Map<String, Object> answer, String file) {
        return files(answer).stream().filter(f -> f.get("file").equals(file)).findFirst().orElseThrow().get("status").toString();
    }
}
