package uk.staffcareers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Base of the *IT tests: the whole application on a random port, called through its REST APIs as
 * the demo users. Profiles come from the build: "test" (H2) by default, "postgres,demo,test-postgres"
 * for the PostgreSQL suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    protected static final String PASSWORD = "demo";

    @Autowired
    protected TestRestTemplate rest;

    /** The demo users' password is "demo"; the administrator's is "admin". */
    protected TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, "admin".equals(username) ? "admin" : PASSWORD);
    }

    @Autowired
    private StaffDirectory directory;
    @Autowired
    private IdentitySync identities;

    /**
     * A teaching assistant of a test's own, who can sign in (password "demo"): the tests share one database, so
     * a test that counts or walks someone's cases uses a person no other test touches.
     */
    protected StaffMember newTeachingAssistant(String id, String firstName, String lastName, String schoolId, String lineManagerId) {
        String username = (firstName + "." + lastName).toLowerCase();
        StaffMember member = new StaffMember(id, username, firstName, lastName, username + "@lt2.example.org", DemoTrust.TRUST,
                schoolId, Role.TEACHING_ASSISTANT, CareerStage.CORE, 1, ContractType.PERMANENT, null, LocalDate.of(2020, 9, 1),
                lineManagerId, false, false, null);
        directory.save(member);
        identities.sync(member);
        return member;
    }

    /** The engine's clock, which is also the application's today: ten in the morning in England on that day. */
    protected static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(SchoolTime.ZONE).toInstant()));
    }

    /** Back to the real clock after each test, whichever moved it. */
    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    protected ResponseEntity<String> get(String username, String path) {
        return as(username).getForEntity(path, String.class);
    }

    protected ResponseEntity<String> post(String username, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(username).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** A multipart POST as Camunda Modeler and curl -F send it: text fields, then files, each part named after its file. */
    protected ResponseEntity<String> postFiles(String username, String path, Map<String, String> fields, Map<String, byte[]> files) {
        var body = new LinkedMultiValueMap<String, Object>();
        fields.forEach(body::add);
        files.forEach((name, content) -> {
            HttpHeaders part = new HttpHeaders();
            part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            part.setContentDispositionFormData(name, name);
            body.add(name, new HttpEntity<>(new ByteArrayResource(content), part));
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(username).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> list(String username, String path) {
        ResponseEntity<List> response = as(username).getForEntity(path, List.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(username + " GET " + path + " -> " + response.getStatusCode());
        }
        return response.getBody();
    }

    /** Camunda REST variables: {"name": {"value": v}}; a list (a checklist's or taglist's values) as Json, as Tasklist sends it. */
    protected static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            vars.put((String) namesAndValues[i], value instanceof List<?> items
                    ? Map.of("value", json(items), "type", "Json")
                    : Map.of("value", value));
        }
        return Map.of("variables", vars);
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts "Confirm staff details" for a member of staff, as HR, and returns the case id. */
    @SuppressWarnings("unchecked")
    protected String startConfirmation(String staffId) {
        ResponseEntity<Map> response = rest.withBasicAuth("kate.morgan", PASSWORD)
                .postForEntity("/api/onboarding/confirmations", Map.of("staffId", staffId), Map.class);
        if (response.getStatusCode().value() != 201) {
            throw new AssertionError("Could not start a confirmation for " + staffId + ": " + response);
        }
        return (String) response.getBody().get("processInstanceId");
    }

    protected String taskOf(String processInstanceId) {
        List<Map<String, Object>> tasks = list("kate.morgan", "/engine-rest/task?processInstanceId=" + processInstanceId);
        return (String) tasks.get(0).get("id");
    }

    /** A document's PDF as the user downloads it, as text with whitespace collapsed. */
    protected String pdf(String user, long documentId) throws Exception {
        ResponseEntity<byte[]> response = as(user).getForEntity("/api/documents/" + documentId, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    protected int submit(String user, String taskId, Object... namesAndValues) {
        return post(user, "/engine-rest/task/" + taskId + "/submit-form", variables(namesAndValues)).getStatusCode().value();
    }

    /**
     * A value of the task's form as the user's Tasklist gets it when the form opens, worked out then or kept in the case
     * ({@code null}: none).
     */
    @SuppressWarnings("unchecked")
    protected Object formValue(String user, String taskId, String name) {
        Map<String, Object> values = as(user).getForObject("/engine-rest/task/" + taskId + "/form-variables?variableNames=" + name, Map.class);
        Object value = values.get(name);
        return value == null ? null : ((Map<String, Object>) value).get("value");
    }

    /** The id of the case's task of this name that the user sees. */
    protected String taskFor(String user, String caseId, String name) {
        List<Map<String, Object>> tasks = list(user, "/engine-rest/task?processInstanceId=" + caseId);
        assertThat(tasks).as(user + "'s tasks").extracting(t -> t.get("name")).contains(name);
        return (String) tasks.stream().filter(t -> name.equals(t.get("name"))).findFirst().orElseThrow().get("id");
    }

    /**
     * What the job executor (off in the tests) does with a Camunda batch: its seed job, then each of its jobs until it is
     * done or out of retries, then its monitor job, which removes the batch once every job is done.
     */
    @SuppressWarnings("unchecked")
    protected void runBatch(String batchId) {
        Map<String, Object> batch = as("admin").getForObject("/engine-rest/batch/" + batchId, Map.class);
        for (String definition : new String[] {"seedJobDefinitionId", "batchJobDefinitionId", "monitorJobDefinitionId"}) {
            for (int round = 0; round < 5; round++) {
                List<Map<String, Object>> jobs = list("admin", "/engine-rest/job?withRetriesLeft=true&jobDefinitionId=" + batch.get(definition));
                jobs.forEach(job -> as("admin").postForEntity("/engine-rest/job/" + job.get("id") + "/execute", null, String.class));
            }
        }
    }

    /** What the job executor (off in the tests) would do once a timer is due or an asynchronous step is reached. */
    protected void runJob(String caseId, String activityId) {
        List<Map<String, Object>> jobs = list("admin", "/engine-rest/job?processInstanceId=" + caseId + "&activityId=" + activityId);
        assertThat(jobs).as(activityId).hasSize(1);
        assertThat(as("admin").postForEntity("/engine-rest/job/" + jobs.get(0).get("id") + "/execute", null, String.class)
                .getStatusCode().value()).as(activityId).isEqualTo(204);
    }
}
