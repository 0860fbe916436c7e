package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.security.TasklistSession;
import uk.staffcareers.staff.DemoTrust;

/**
 * The choices of the appraisal's forms are worked out when the form is opened, for whoever Camunda lets read the task,
 * through /engine-rest and through the API Tasklist calls; the case itself keeps no list.
 */
class AppraisalFormValuesIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theHeadteacherIsOfferedTheSchoolAsItIsWhenSheOpensTheForm() throws Exception {
        newTeachingAssistant("E1205", "Cerys", "Vaughan", DemoTrust.OAKFIELD, "E1002");
        assertThat(post("helen.carter", "/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1205")).getStatusCode().value())
                .isEqualTo(200);
        String caseId = (String) list("helen.carter", "/engine-rest/process-instance?businessKey="
                + AppraisalPeriod.containing(LocalDate.now()).businessKey("E1205")).get(0).get("id");
        String choose = taskFor("helen.carter", caseId, "Choose the appraiser");
        assertThat(get("admin", "/engine-rest/process-instance/" + caseId + "/variables").getBody()).as("the case keeps no list")
                .doesNotContain("appraiserOptions", "developmentObjectiveOptions", "objectiveGuidance").contains("appraiserStaffId", "maxObjectives");

        String offered = options("helen.carter", choose, "");
        assertThat(offered).contains("Tom Bennett (teacher)", "\"value\":\"E1002\"").doesNotContain("Cerys Vaughan", "Idris Bowen");
        newTeachingAssistant("E1206", "Idris", "Bowen", DemoTrust.OAKFIELD, "E1002");
        assertThat(options("helen.carter", choose, "")).as("someone who joined after the launch").contains("Idris Bowen (teaching assistant)");

        JsonNode named = form("helen.carter", choose, "&variableNames=staffName");
        assertThat(named.has("appraiserOptions")).as("only the variables asked for").isFalse();
        assertThat(named.path("staffName").path("value").asText()).isEqualTo("Cerys Vaughan");
        assertThat(form("helen.carter", choose, "&variableNames=appraiserOptions").size()).isEqualTo(1);

        ResponseEntity<String> otherSchool = get("david.marsh", formPath(choose, ""));
        assertThat(otherSchool.getStatusCode().value()).as("Riverside's headteacher may not read Oakfield's task").isIn(403, 404);
        assertThat(otherSchool.getBody()).doesNotContain("Tom Bennett", "appraiserOptions");
        assertThat(get("cerys.vaughan", formPath(choose, "")).getBody()).doesNotContain("Tom Bennett");

        ResponseEntity<String> fromTasklist = TasklistSession.signIn(rest, "helen.carter")
                .get("/camunda/api/engine/engine/default/task/" + choose + "/form-variables?deserializeValues=false");
        assertThat(fromTasklist.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(fromTasklist.getBody()).path("appraiserOptions").path("type").asText()).isEqualTo("Json");
        assertThat(fromTasklist.getBody()).contains("Idris Bowen (teaching assistant)");

        assertThat(submit("helen.carter", choose, "appraiserStaffId", "E1002")).isEqualTo(204);
        String draft = taskFor("tom.bennett", caseId, "Draft objectives");
        JsonNode drafting = form("tom.bennett", draft, "");
        assertThat(drafting.path("developmentObjectiveOptions").path("value").asText())
                .contains("Objective 1", "Objective 3", "None this year").doesNotContain("Objective 4");
        assertThat(drafting.path("objectiveGuidance").path("value").asText()).as("her career stage's expectations")
                .contains("Expectations at Core");
    }

    private String options(String user, String taskId, String query) throws Exception {
        JsonNode options = form(user, taskId, query).path("appraiserOptions");
        assertThat(options.path("type").asText()).isEqualTo("Json");
        return options.path("value").asText();
    }

    private JsonNode form(String user, String taskId, String query) throws Exception {
        ResponseEntity<String> answer = get(user, formPath(taskId, query));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private static String formPath(String taskId, String query) {
        return "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false" + query;
    }
}
