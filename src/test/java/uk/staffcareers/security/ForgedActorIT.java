package uk.staffcareers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;

/**
 * Security issue, items 1 and 2: who acts is who signed in. Each test is an attack a member of staff
 * made through the REST API: a forged raiser, a variable added to a form to route the next step to
 * oneself, a concern about one's own headteacher, the application's own start messages sent by hand.
 * Each is refused and nothing is started, recorded or changed.
 */
class ForgedActorIT extends IntegrationTest {

    private static final String SUBMIT_CONCERN = "/engine-rest/process-definition/key/performance-concern/submit-form";

    // A Wednesday in the autumn term: the concern's review two weeks ahead is within the policy's weeks of support.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    void theSignedInUserRaisesTheConcernAndARaiserAddedToTheFormIsRefused() {
        long before = concerns();
        ResponseEntity<String> forged = post("priya.shah", SUBMIT_CONCERN,
                variables("staffId", "E1005", "description", "Planning late", "raisedBy", "helen.carter"));
        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody()).contains("'raisedBy' is not a field of this form");
        assertThat(concerns()).isEqualTo(before);

        // Priya Shah, Ben Lewis's line manager, may raise a concern about him: as herself.
        ResponseEntity<Map> started = as("priya.shah").postForEntity(SUBMIT_CONCERN,
                variables("staffId", "E1005", "description", "Planning late"), Map.class);
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String caseId = (String) started.getBody().get("id");
        assertThat(jdbc.sql("select raised_by from performance_concern where staff_id = 'E1005' and description = 'Planning late'")
                .query(String.class).single()).isEqualTo("priya.shah");
        assertThat(taskFor("priya.shah", caseId, "Record the informal meeting")).isNotNull();
    }

    @Test
    void anEmployeeCannotRouteTheNextStepToHerselfByAddingAVariableToHerForm() {
        String caseId = (String) as("priya.shah").postForEntity(SUBMIT_CONCERN,
                variables("staffId", "E1005", "description", "Marking not done"), Map.class).getBody().get("id");
        assertThat(submit("priya.shah", taskFor("priya.shah", caseId, "Record the informal meeting"), "meetingDate",
                today.toString(), "nature", "Marking", "seriousness", "MINOR", "supportCoaching", true,
                "supportDetails", "Weekly", "supportProvider", "Priya Shah", "implications", "Formal stage",
                "reviewDate", today.plusWeeks(2).toString())).isEqualTo(204);
        String respond = taskFor("ben.lewis", caseId, "Comment on and acknowledge the written record");
        ResponseEntity<String> forged = post("ben.lewis", "/engine-rest/task/" + respond + "/submit-form",
                variables("employeeComments", "Fine", "recordReceived", true, "reviewer", "ben.lewis"));
        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody()).contains("'reviewer' is not a field of this form");
        TasklistSession ben = TasklistSession.signIn(rest, "ben.lewis");
        assertThat(ben.post("/camunda/api/engine/engine/default/task/" + respond + "/submit-form",
                variables("employeeComments", "Fine", "recordReceived", true, "reviewer", "ben.lewis")).getStatusCode().value())
                .as("the same through the API Tasklist calls").isEqualTo(400);
        assertThat(post("ben.lewis", "/engine-rest/task/" + respond + "/variables",
                Map.of("modifications", variables("reviewer", "ben.lewis").get("variables"))).getStatusCode().value())
                .as("a task's variables set directly").isEqualTo(403);
        assertThat(as("admin").getForObject("/engine-rest/process-instance/" + caseId + "/variables/reviewer", Map.class))
                .containsEntry("value", "priya.shah");
        assertThat(list("ben.lewis", "/engine-rest/task?processInstanceId=" + caseId)).extracting(t -> t.get("id")).contains(respond);
    }

    @Test
    void aTeachingAssistantCannotRaiseAConcernAboutAColleagueOrHerHeadteacher() {
        long before = concerns();
        for (String staffId : List.of("E1005", "E1001")) {
            ResponseEntity<String> refused = post("amy.hughes", SUBMIT_CONCERN, variables("staffId", staffId, "description", "Late"));
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
            assertThat(refused.getBody()).contains("A concern").doesNotContain("Cannot instantiate", "ENGINE-", "performance-concern:");
        }
        ResponseEntity<String> linked = post("amy.hughes", SUBMIT_CONCERN,
                variables("staffId", "E1001", "description", "Late", "appraisalRef", "APPRAISAL-2026/27-E1001"));
        assertThat(linked.getStatusCode().value()).as("an appraisal named in the form").isEqualTo(400);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("amy.hughes").exchange(SUBMIT_CONCERN, HttpMethod.POST, new HttpEntity<>("{\"variables\": {", json), String.class)
                .getStatusCode().value()).as("a body that is not JSON").isEqualTo(400);
        assertThat(concerns()).isEqualTo(before);
    }

    @Test
    void aConcernAboutAHeadteacherIsRaisedByTheCeoOrHrOnly() {
        long before = concerns();
        for (String raiser : new String[] {"priya.shah", "mark.ellis", "tom.bennett", "john.ashworth"}) {
            assertThat(post(raiser, SUBMIT_CONCERN, variables("staffId", "E1001", "description", "Late")).getStatusCode().value())
                    .as(raiser).isEqualTo(403);
        }
        assertThat(post("helen.carter", SUBMIT_CONCERN, variables("staffId", "E1001", "description", "Late")).getStatusCode().value())
                .as("herself").isEqualTo(403);
        ResponseEntity<String> otherSchool = post("david.marsh", SUBMIT_CONCERN, variables("staffId", "E1001", "description", "Late"));
        assertThat(otherSchool.getStatusCode().value()).as("another school's headteacher").isEqualTo(404);
        assertThat(otherSchool.getBody()).doesNotContain("Helen", "Carter");
        assertThat(concerns()).isEqualTo(before);
        assertThat(post("kate.morgan", SUBMIT_CONCERN, variables("staffId", "E1001", "description", "Governors' report late"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(concerns()).isEqualTo(before + 1);
    }

    @Test
    void theApplicationsOwnStartMessagesAreRefusedToEveryUserAdministratorIncluded() {
        long concerns = concerns();
        long plans = jdbc.sql("select count(*) from development_plan").query(Long.class).single();
        for (String user : new String[] {"helen.carter", "amy.hughes", "admin"}) {
            ResponseEntity<String> concern = post(user, "/engine-rest/message", Map.of("messageName", "ConcernRaised",
                    "processVariables", variables("staffId", "E1005", "description", "Late", "raisedBy", "helen.carter",
                            "appraisalRef", "APPRAISAL-2026/27-E1005").get("variables")));
            assertThat(concern.getStatusCode().value()).as(user + ": " + concern.getBody()).isEqualTo(403);
            ResponseEntity<String> plan = post(user, "/engine-rest/message", Map.of("messageName", "DevelopmentRequested",
                    "processVariables", variables("staffId", "E1005", "trigger", "APPRAISAL", "need", "Phonics",
                            "requestedBy", "helen.carter").get("variables")));
            assertThat(plan.getStatusCode().value()).as(user + ": " + plan.getBody()).isEqualTo(403);
            assertThat(plan.getBody()).contains("sent by the application itself");
        }
        assertThat(concerns()).isEqualTo(concerns);
        assertThat(jdbc.sql("select count(*) from development_plan").query(Long.class).single()).isEqualTo(plans);
    }

    private long concerns() {
        return jdbc.sql("select count(*) from performance_concern").query(Long.class).single();
    }

}
