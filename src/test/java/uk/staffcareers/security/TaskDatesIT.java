package uk.staffcareers.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.DemoTrust;

/**
 * Issue 16, item 7: a task with a Camunda Form gets a new due date or follow-up date the way Tasklist sets it,
 * by sending the task back as it read it (its form reference included) with the date changed. Camunda 7
 * alone refused every such request (it cannot read the form reference back); who may change a task's dates
 * is as before: its assignee and the headteacher may not, another school sees no such task.
 */
class TaskDatesIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASKLIST_API = "/camunda/api/engine/engine/default/task/";
    private static final String NEW_DUE = "2031-01-10T08:30:00.000+0000";

    private String task;
    private String due;

    /** Olivia Grant, a new teaching assistant at Oakfield that no other test uses, confirms her details. */
    @BeforeEach
    void aTaskWithACamundaForm() throws Exception {
        newTeachingAssistant("E1171", "Olivia", "Grant", DemoTrust.OAKFIELD, "E1003");
        task = taskOf(startConfirmation("E1171"));
        ObjectNode asRead = (ObjectNode) JSON.readTree(get("admin", "/engine-rest/task/" + task).getBody());
        assertThat(asRead.path("camundaFormRef").path("key").asText()).isEqualTo("onboarding-confirm-details");
        due = asRead.path("due").asText();
    }

    @Test
    void theAdministratorChangesTheDueDateInTasklistAndTheFollowUpDateOverRest() throws Exception {
        TasklistSession admin = TasklistSession.signIn(rest, "admin");
        ObjectNode asTasklistReadIt = (ObjectNode) JSON.readTree(admin.get(TASKLIST_API + task).getBody());
        asTasklistReadIt.put("due", NEW_DUE);
        ResponseEntity<String> saved = admin.put(TASKLIST_API + task, asTasklistReadIt.toString());
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(204);
        assertThat(dueDate()).isEqualTo(NEW_DUE);

        ObjectNode overRest = (ObjectNode) JSON.readTree(get("admin", "/engine-rest/task/" + task).getBody());
        overRest.put("followUp", "2030-12-20T08:30:00.000+0000");
        assertThat(put("admin", overRest).getStatusCode().value()).isEqualTo(204);
        ObjectNode after = (ObjectNode) JSON.readTree(get("admin", "/engine-rest/task/" + task).getBody());
        assertThat(after.path("followUp").asText()).isEqualTo("2030-12-20T08:30:00.000+0000");
        assertThat(after.path("camundaFormRef").path("key").asText()).as("the form stays the task's own").isEqualTo("onboarding-confirm-details");
    }

    @Test
    void theAssigneeAndTheHeadteacherMayNotChangeItAndAnotherSchoolSeesNoSuchTask() throws Exception {
        TasklistSession olivia = TasklistSession.signIn(rest, "olivia.grant");
        ObjectNode asSheReadIt = (ObjectNode) JSON.readTree(olivia.get(TASKLIST_API + task).getBody());
        asSheReadIt.put("due", NEW_DUE);
        ResponseEntity<String> assignee = olivia.put(TASKLIST_API + task, asSheReadIt.toString());
        assertThat(assignee.getStatusCode().value()).as(assignee.getBody()).isEqualTo(403);
        assertThat(assignee.getBody()).contains("only an administrator changes them").doesNotContain("CamundaFormRef", "ENGINE-");

        ResponseEntity<String> headteacher = put("helen.carter", asSheReadIt);
        assertThat(headteacher.getStatusCode().value()).as(headteacher.getBody()).isEqualTo(403);
        ResponseEntity<String> otherSchool = put("david.marsh", asSheReadIt);
        assertThat(otherSchool.getStatusCode().value()).as(otherSchool.getBody()).isEqualTo(404);
        assertThat(otherSchool.getBody()).doesNotContain("Olivia", "Confirm your details");
        assertThat(dueDate()).as("nothing changed").isEqualTo(due);
    }

    private ResponseEntity<String> put(String user, ObjectNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange("/engine-rest/task/" + task, HttpMethod.PUT, new HttpEntity<>(body.toString(), headers), String.class);
    }

    private String dueDate() throws Exception {
        return JSON.readTree(get("admin", "/engine-rest/task/" + task).getBody()).path("due").asText();
    }
}
