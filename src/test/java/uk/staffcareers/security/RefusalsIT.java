package uk.staffcareers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.DemoTrust;

/**
 * Security issue, items 4, 10 and 12: one way to say "not allowed" (403), not found and not yours the
 * same 404, bad input 400 with the plain reason, in Camunda's REST API, in the API Tasklist itself
 * calls, and in ours; never SQL, engine ids or stack traces in an answer, one WARN line in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalsIT extends IntegrationTest {

    private static final String HLTA_START = "/process-definition/key/hlta-journey/submit-form";
    private static final String CONCERN_START = "/engine-rest/process-definition/key/performance-concern/submit-form";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStartFormRefusedInTasklistAnswersWithThePlainReason() {
        TasklistSession amy = TasklistSession.signIn(rest, "amy.hughes");
        ResponseEntity<String> forColleague = amy.post("/camunda/api/engine/engine/default" + HLTA_START, variables("staffId", "E1005"));
        assertThat(forColleague.getStatusCode().value()).as(forColleague.getBody()).isEqualTo(403);
        assertThat(forColleague.getBody()).contains("Only Ben Lewis, their headteacher or the trust's central team")
                .doesNotContain("Cannot instantiate", "hlta-journey:", "ENGINE-");
        ResponseEntity<String> otherSchool = amy.post("/camunda/api/engine/engine/default" + HLTA_START, variables("staffId", "E2004"));
        ResponseEntity<String> unknown = amy.post("/camunda/api/engine/engine/default" + HLTA_START, variables("staffId", "E9999"));
        assertThat(otherSchool.getStatusCode().value()).isEqualTo(404);
        assertThat(otherSchool.getBody()).isEqualTo(unknown.getBody().replace("E9999", "E2004")).doesNotContain("Lucy", "Ward");
        assertThat(post("amy.hughes", "/engine-rest" + HLTA_START, variables("staffId", "E1005")).getStatusCode().value())
                .as("the same through /engine-rest").isEqualTo(403);
    }

    @Test
    void notAllowedIs403EverywhereInOurApiToo() {
        assertThat(post("david.marsh", "/api/appraisals/launch", Map.of("scope", "SCHOOL", "target", "oakfield"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(post("helen.carter", "/api/appraisals/launch", Map.of("scope", "TRUST")).getStatusCode().value()).isEqualTo(403);
        assertThat(post("priya.shah", "/engine-rest/process-definition/key/development-plan/submit-form",
                variables("staffId", "E1004", "trigger", "OWN_REQUEST", "need", "Phonics")).getStatusCode().value())
                .as("a plan for someone she does not manage").isEqualTo(403);
    }

    @Test
    void anotherSchoolsCandidacyAnswersLikeAnUnknownOne() {
        // A Riverside teaching assistant of this test's own: other tests start candidacies for the demo staff.
        newTeachingAssistant("E2093", "Tia", "Noor", DemoTrust.RIVERSIDE, "E2002");
        assertThat(post("david.marsh", "/engine-rest" + HLTA_START, variables("staffId", "E2093")).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> riverside = get("helen.carter", "/api/hlta/candidacies/HLTA-E2093-1");
        ResponseEntity<String> unknown = get("helen.carter", "/api/hlta/candidacies/HLTA-E2093-9");
        assertThat(riverside.getStatusCode().value()).isEqualTo(404);
        assertThat(riverside.getBody()).isEqualTo(unknown.getBody().replace("HLTA-E2093-9", "HLTA-E2093-1"));
        assertThat(get("david.marsh", "/api/hlta/candidacies/HLTA-E2093-1").getStatusCode().value()).isEqualTo(200);
        assertThat(get("amy.hughes", "/api/hlta/candidacies/HLTA-E2093-1").getStatusCode().value())
                .as("not a leader or provider: refused whatever the reference").isEqualTo(403);
    }

    @Test
    void anotherSchoolsCaseVariablesAreNotFoundWithoutEngineDetail() {
        String caseId = (String) as("helen.carter").postForEntity(CONCERN_START,
                variables("staffId", "E1006", "description", "Reading records not kept"), Map.class).getBody().get("id");
        ResponseEntity<String> riverside = get("david.marsh", "/engine-rest/process-instance/" + caseId + "/variables");
        assertThat(riverside.getStatusCode().value()).isEqualTo(404);
        assertThat(riverside.getBody()).doesNotContain("ENGINE-", "Reading records", caseId);
    }

    @Test
    void aTextTooLongOrWithANulCharacterIsRefusedNamingTheFieldOneWarnLineNoStackTrace(CapturedOutput log) {
        long before = jdbc.sql("select count(*) from performance_concern").query(Long.class).single();
        int logStart = log.getAll().length();
        ResponseEntity<String> tooLong = post("helen.carter", CONCERN_START, variables("staffId", "E1005", "description", "x".repeat(4001)));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody()).contains("'description' is 4,001 characters long: a text may have at most 4,000 characters");
        ResponseEntity<String> nul = post("helen.carter", CONCERN_START, variables("staffId", "E1005", "description", "late\u0000"));
        assertThat(nul.getStatusCode().value()).isEqualTo(400);
        assertThat(nul.getBody()).contains("'description' contains a NUL character");
        for (ResponseEntity<String> answer : List.of(tooLong, nul)) {
            assertThat(answer.getBody()).doesNotContain("insert", "SQL", "ENGINE-", "Exception:");
        }
        assertThat(jdbc.sql("select count(*) from performance_concern").query(Long.class).single()).isEqualTo(before);
        String written = log.getAll().substring(logStart);
        assertThat(written).contains("WARN").contains("Refused (400): 'description' is 4,001 characters long")
                .doesNotContain(" ERROR ").doesNotContain("\tat ");
        assertThat(post("helen.carter", CONCERN_START, variables("staffId", "E1005", "description", "y".repeat(4000)))
                .getStatusCode().value()).as("4,000 is within the limit").isEqualTo(200);
    }

    @Test
    void appraisalsOpenOnlyForThisAcademicYearOrTheNext() {
        long before = jdbc.sql("select count(*) from appraisal").query(Long.class).single();
        ResponseEntity<String> longAgo = post("kate.morgan", "/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1005",
                "period", "1900/01"));
        assertThat(longAgo.getStatusCode().value()).isEqualTo(400);
        assertThat(longAgo.getBody()).contains("Appraisals are opened for this academic year", "not 1900/01");
        assertThat(post("kate.morgan", "/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1005", "period", "2099/00"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from appraisal").query(Long.class).single()).isEqualTo(before);
    }
}
