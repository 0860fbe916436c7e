package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/** The access rules of the platform, proved over the REST API as the demo users, refusals included. */
class RestSecurityIT extends IntegrationTest {

    @Autowired
    ProcessEngine engine;

    private String oakfieldCase;
    private String riversideCase;
    private String oakfieldTask;
    private String riversideTask;

    @BeforeEach
    void oneCaseInEachSchool() {
        oakfieldCase = startConfirmation("E1005");   // Ben Lewis, Oakfield
        riversideCase = startConfirmation("E2005");  // Grace Kim, Riverside
        oakfieldTask = taskOf(oakfieldCase);
        riversideTask = taskOf(riversideCase);
    }

    @Test
    void withoutValidCredentialsEveryRequestGets401AndNoData() {
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/engine",
                "/engine-rest/task/" + oakfieldTask, "/api/staff", "/api/staff/me")) {
            ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
            assertThat(anonymous.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(anonymous.getBody()).doesNotContain("Confirm your details", "Ben", oakfieldCase);
        }
        // Wrong passwords slow down this client for that account (LoginThrottle), so this uses someone no other test logs in as.
        ResponseEntity<String> wrongPassword = rest.withBasicAuth("john.ashworth", "not-the-password")
                .getForEntity("/engine-rest/task", String.class);
        assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("nobody.here", "demo").getForEntity("/api/staff/me", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aHeadteacherSeesTheirOwnSchoolsCasesAndTasksOnly() {
        assertThat(get("helen.carter", "/engine-rest/process-instance/" + oakfieldCase).getStatusCode().value()).isEqualTo(200);
        assertThat(get("helen.carter", "/engine-rest/task/" + oakfieldTask).getStatusCode().value()).isEqualTo(200);
        assertHidden("helen.carter", "/engine-rest/process-instance/" + riversideCase);
        assertHidden("helen.carter", "/engine-rest/task/" + riversideTask);
        assertThat(ids("helen.carter", "/engine-rest/process-instance")).contains(oakfieldCase).doesNotContain(riversideCase);
        assertThat(ids("helen.carter", "/engine-rest/task")).contains(oakfieldTask).doesNotContain(riversideTask);
        assertThat(ids("helen.carter", "/engine-rest/history/process-instance")).contains(oakfieldCase).doesNotContain(riversideCase);

        assertThat(ids("david.marsh", "/engine-rest/process-instance")).contains(riversideCase).doesNotContain(oakfieldCase);
        assertHidden("david.marsh", "/engine-rest/task/" + oakfieldTask);
    }

    @Test
    void theTrustsCentralTeamSeesEverySchool() {
        for (String central : List.of("kate.morgan", "sarah.whitfield")) {
            assertThat(ids(central, "/engine-rest/process-instance")).contains(oakfieldCase, riversideCase);
            assertThat(ids(central, "/engine-rest/task")).contains(oakfieldTask, riversideTask);
        }
    }

    @Test
    void aMemberOfStaffSeesOnlyTheirOwnTasksAndCases() {
        assertThat(ids("ben.lewis", "/engine-rest/task")).contains(oakfieldTask).doesNotContain(riversideTask);
        assertThat(list("ben.lewis", "/engine-rest/process-instance")).extracting(c -> c.get("businessKey"))
                .containsOnly("CONFIRM-DETAILS-E1005");
        assertThat(ids("ben.lewis", "/engine-rest/process-instance")).contains(oakfieldCase);
        assertThat(list("ben.lewis", "/engine-rest/history/process-instance")).extracting(c -> c.get("businessKey"))
                .containsOnly("CONFIRM-DETAILS-E1005");

        // A colleague in the same school, and the trust's external adviser, see none of it.
        for (String other : List.of("tom.bennett", "amy.hughes", "margaret.lowe")) {
            assertThat(ids(other, "/engine-rest/task")).doesNotContain(oakfieldTask, riversideTask);
            assertThat(ids(other, "/engine-rest/process-instance")).doesNotContain(oakfieldCase, riversideCase);
            assertHidden(other, "/engine-rest/task/" + oakfieldTask);
            assertHidden(other, "/engine-rest/process-instance/" + oakfieldCase);
        }
    }

    @Test
    void onlyTheAssigneeCompletesATask() {
        ResponseEntity<String> colleague = post("tom.bennett", "/engine-rest/task/" + oakfieldTask + "/complete",
                variables("detailsCheck", "correct"));
        assertThat(colleague.getStatusCode().value()).isIn(403, 404);
        assertThat(ids("kate.morgan", "/engine-rest/task")).contains(oakfieldTask);
    }

    @Test
    void startingACaseIsForSchoolLeadersAndHrAndOnlyForTheirOwnSchool() {
        ResponseEntity<String> teacher = post("tom.bennett", "/api/onboarding/confirmations", Map.of("staffId", "E1004"));
        assertThat(teacher.getStatusCode().value()).isEqualTo(403);

        // Another school's employee is answered as an unknown one: never named, never told apart.
        ResponseEntity<String> otherSchool = post("mark.ellis", "/api/onboarding/confirmations", Map.of("staffId", "E2004"));
        assertThat(otherSchool.getStatusCode().value()).isEqualTo(404);
        assertThat(otherSchool.getBody()).contains("No member of staff 'E2004'").doesNotContain("Lucy", "Ward", "Riverside");

        ResponseEntity<String> viaCamunda = post("mark.ellis", "/engine-rest/process-definition/key/confirm-staff-details/start",
                variables("staffId", "E2004"));
        assertThat(viaCamunda.getStatusCode().value()).isEqualTo(404);
        assertThat(viaCamunda.getBody()).doesNotContain("Lucy", "Cannot instantiate", "ENGINE-");

        ResponseEntity<String> unknown = post("mark.ellis", "/api/onboarding/confirmations", Map.of("staffId", "E9999"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("No member of staff 'E9999'");

        ResponseEntity<String> missing = post("mark.ellis", "/api/onboarding/confirmations", Map.of());
        assertThat(missing.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> ownSchool = post("mark.ellis", "/api/onboarding/confirmations", Map.of("staffId", "E1004"));
        assertThat(ownSchool.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void theStaffDirectoryFollowsTheSameRules() {
        assertThat(get("amy.hughes", "/api/staff/me").getBody()).contains("\"id\":\"E1004\"");
        assertThat(get("amy.hughes", "/api/staff/E1004").getStatusCode().value()).isEqualTo(200);
        assertThat(get("amy.hughes", "/api/staff/E1005").getStatusCode().value()).isEqualTo(404);
        assertThat(get("helen.carter", "/api/staff/E1005").getStatusCode().value()).isEqualTo(200);
        assertThat(get("helen.carter", "/api/staff/E2005").getStatusCode().value()).isEqualTo(404);
        assertThat(get("kate.morgan", "/api/staff/E2005").getStatusCode().value()).isEqualTo(200);
        assertThat(list("helen.carter", "/api/staff")).extracting(s -> s.get("schoolId")).containsOnly("oakfield");
        assertThat(list("kate.morgan", "/api/staff")).extracting(s -> s.get("schoolId")).contains("oakfield", "riverside");
    }

    @Test
    void variablesAreSerializedAsJsonNeverAsJavaObjects() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getDefaultSerializationFormat()).isEqualTo("application/json");
        assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
    }

    /** Every test above runs its checks through this manager; this proves the engine uses it. */
    @Test
    void authorizationChecksPassAStaffMembersGroupsWithoutScanningTheAuthorizationTable() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var manager = config.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(GroupListAuthorizationManager.class);
    }

    @Test
    void newRowsAreCheckedWithoutBeingWrittenOutAsText() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var manager = config.getCommandExecutorTxRequired().execute(context -> context.getDbEntityManager());
        assertThat(manager).isInstanceOf(IdCheckWithoutText.class);
    }

    @Test
    void queriesPropertiesAreReadWithTheirReadersFoundOnce() throws Exception {
        assertThat(OgnlRuntime.getPropertyAccessor(Object.class)).isInstanceOf(PropertyReadersFoundOnce.class);
    }

    private void assertHidden(String username, String path) {
        ResponseEntity<String> response = get(username, path);
        assertThat(response.getStatusCode().value()).as(username + " " + path).isIn(403, 404);
        assertThat(response.getBody()).doesNotContain("Confirm your details", "\"businessKey\"");
    }

    private List<Object> ids(String username, String path) {
        return list(username, path).stream().map(m -> m.get("id")).toList();
    }
}
