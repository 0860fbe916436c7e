package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.security.TasklistSession;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.StaffMember;

/**
 * A filter's list, as Tasklist asks for it, answers as Camunda's did (the page, the count of all, the columns' variables,
 * plain JSON or HAL, the refusals) while reading the filter and checking the person may read it once per request, at
 * /engine-rest and where Tasklist calls it.
 */
class FilterListInOneReadIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType HAL = MediaType.parseMediaType("application/hal+json");

    @Autowired
    private DataSource dataSource;

    @Test
    void aPageThatIsFullIsCountedAndOneThatIsNotCountsItself() throws Exception {
        newTeachingAssistant("E1201", "Lena", "Hart", DemoTrust.OAKFIELD, "E1002");
        newTeachingAssistant("E1202", "Omar", "Said", DemoTrust.OAKFIELD, "E1002");
        String first = startConfirmation("E1201");
        String second = startConfirmation("E1202");
        String filter = schoolFilter();
        Map<String, Object> bothCases = Map.of("processInstanceIdIn", List.of(first, second), "active", true,
                "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

        JsonNode full = listed("helen.carter", firstPage(filter, 1), bothCases, HAL).body();
        assertThat(full.get("count").asLong()).isEqualTo(2);
        assertThat(full.at("/_embedded/task")).hasSize(1);

        JsonNode notFull = listed("helen.carter", firstPage(filter, 15), bothCases, HAL).body();
        assertThat(notFull.get("count").asLong()).isEqualTo(2);
        assertThat(notFull.at("/_embedded/task")).hasSize(2);
        assertThat(notFull.at("/_embedded/task/0/_embedded/variable")).extracting(v -> v.get("name").asText() + "=" + v.get("value").asText())
                .contains("staffName=Omar Said", "schoolName=Oakfield Primary School");
        assertThat(notFull.at("/_embedded/assignee")).isNotNull();

        JsonNode secondPage = listed("helen.carter", "/engine-rest/filter/" + filter + "/list?firstResult=1&maxResults=15", bothCases, HAL).body();
        assertThat(secondPage.get("count").asLong()).as("counted: a later page does not show them all").isEqualTo(2);
        assertThat(secondPage.at("/_embedded/task")).hasSize(1);

        JsonNode otherSchool = listed("david.marsh", firstPage(filter, 15), bothCases, HAL).body();
        assertThat(otherSchool.get("count").asLong()).as("Riverside's headteacher, of Oakfield's cases").isZero();
        assertThat(otherSchool.at("/_embedded/task")).isEmpty();

        JsonNode plain = listed("helen.carter", firstPage(filter, 15), bothCases, MediaType.APPLICATION_JSON).body();
        assertThat(plain).hasSize(2);
        assertThat(plain.get(0).get("processInstanceId").asText()).isIn(first, second);

        ResponseEntity<String> everything = as("helen.carter").exchange("/engine-rest/filter/" + filter + "/list", HttpMethod.GET,
                new HttpEntity<>(accepting(HAL)), String.class);
        assertThat(everything.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(everything.getBody()).get("count").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusalsAreCamundas() throws Exception {
        StaffMember assistant = newTeachingAssistant("E1203", "Tess", "Lowe", DemoTrust.OAKFIELD, "E1002");
        String filter = schoolFilter();

        Reply notAnOverseer = listed(assistant.username(), firstPage(filter, 15), Map.of(), HAL);
        assertThat(notAnOverseer.status()).isEqualTo(403);
        assertThat(notAnOverseer.body().get("type").asText()).isEqualTo("AuthorizationException");

        Reply unknownToHer = listed("helen.carter", firstPage("no-such-filter", 15), Map.of(), HAL);
        assertThat(unknownToHer.status()).as("as Camunda's: she may not read what is not there").isEqualTo(403);
        Reply unknown = new Reply(rest.withBasicAuth("admin", "admin").exchange("/engine-rest/filter/no-such-filter/list",
                HttpMethod.POST, new HttpEntity<>("{}", json(HAL)), String.class));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("message").asText()).contains("no-such-filter");

        Reply invalid = listed("helen.carter", firstPage(filter, 15), Map.of("sorting", List.of(Map.of("sortBy", "nonsense", "sortOrder", "asc"))), HAL);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("message").asText()).contains("orderBy");

        Reply unknownEngine = listed("helen.carter", "/engine-rest/engine/elsewhere/filter/" + filter + "/list", Map.of(), HAL);
        assertThat(unknownEngine.status()).isEqualTo(400);
        assertThat(unknownEngine.body().get("message").asText()).contains("No process engine available");
    }

    @Test
    void tasklistsRequestReadsTheFilterAndChecksItOnce() throws Exception {
        assumeTrue(onH2(), "H2's statement statistics count the reads; PostgreSQL's need an extension CI does not load");
        newTeachingAssistant("E1204", "Ada", "Frost", DemoTrust.OAKFIELD, "E1002");
        String caseId = startConfirmation("E1204");
        String filter = schoolFilter();
        TasklistSession tasklist = TasklistSession.signIn(rest, "helen.carter");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            for (String path : List.of("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                    "/engine-rest/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=15")) {
                long reads = filterReads(jdbc);
                long checks = readChecks(jdbc);
                Reply page = listed("helen.carter", path, Map.of("processInstanceId", caseId), HAL);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.body().get("count").asLong()).isEqualTo(1);
                assertThat(filterReads(jdbc) - reads).as("reads of the filter, " + path).isEqualTo(1);
                assertThat(readChecks(jdbc) - checks).as("checks that the person may read it, " + path).isEqualTo(1);
            }
            long reads = filterReads(jdbc);
            ResponseEntity<String> fromTasklist = tasklist.post("/camunda/api/engine/engine/default/filter/" + filter
                    + "/list?firstResult=0&maxResults=15", Map.of("processInstanceId", caseId));
            assertThat(fromTasklist.getStatusCode().value()).isEqualTo(200);
            assertThat(JSON.readTree(fromTasklist.getBody())).hasSize(1);
            assertThat(filterReads(jdbc) - reads).as("reads of the filter from Tasklist").isEqualTo(1);
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
        assertThat(tasklist.post("/camunda/api/engine/filter/" + filter + "/list", Map.of()).getStatusCode().value())
                .as("Tasklist's API serves named engines only, as before").isEqualTo(404);
    }

    private String schoolFilter() {
        return (String) list("helen.carter", "/engine-rest/filter?resourceType=Task&name=" + AccessRules.SCHOOL_TASKS_FILTER).get(0).get("id");
    }

    private static String firstPage(String filter, int maxResults) {
        return "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=" + maxResults;
    }

    /** The list at {@code path}, extended by {@code query}, as {@code user} asks for it (POST, as Tasklist does). */
    private Reply listed(String user, String path, Map<String, Object> query, MediaType accept) {
        return new Reply(as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(query, json(accept)), String.class));
    }

    private static HttpHeaders accepting(MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return headers;
    }

    private static HttpHeaders json(MediaType accept) {
        HttpHeaders headers = accepting(accept);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static long filterReads(JdbcTemplate jdbc) {
        return executions(jdbc, "%from ACT_RU_FILTER where ID_%");
    }

    /** Camunda's check of one permission on one resource, as its filter read makes it. */
    private static long readChecks(JdbcTemplate jdbc) {
        return executions(jdbc, "SELECT CASE WHEN EXISTS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A %");
    }

    private static long executions(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject("select coalesce(sum(EXECUTION_COUNT), 0) from INFORMATION_SCHEMA.QUERY_STATISTICS "
                + "where regexp_replace(SQL_STATEMENT, '\\s+', ' ') like ?", Long.class, sql);
        return count == null ? 0 : count;
    }

    private boolean onH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().startsWith("H2");
        }
    }

    private record Reply(int status, JsonNode body) {
        Reply(ResponseEntity<String> response) {
            this(response.getStatusCode().value(), parse(response.getBody()));
        }

        private static JsonNode parse(String body) {
            try {
                return JSON.readTree(body == null ? "null" : body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
