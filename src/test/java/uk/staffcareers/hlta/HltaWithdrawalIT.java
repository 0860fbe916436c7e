package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;

/**
 * A withdrawal at any step, over REST as the demo users: Sara Okafor withdraws her candidacy during the
 * readiness discussion, with her reason; a colleague is refused, another school's headteacher learns
 * nothing, and the case ends with its open task closed.
 */
class HltaWithdrawalIT extends IntegrationTest {

    private static final String REFERENCE = "HLTA-E1006-1";
    private static final String WITHDRAWAL = "/api/hlta/candidacies/" + REFERENCE + "/withdrawal";
    private static final List<String> ALL_STANDARDS = IntStream.rangeClosed(1, 33).mapToObj(String::valueOf).toList();

    @Autowired
    private JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theCandidateWithdrawsWithHerReasonAndOnlyThoseAllowedMay() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 11).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
        ResponseEntity<Map> started = as("sara.okafor").postForEntity("/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", "E1006"), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        String caseId = (String) started.getBody().get("id");
        assertThat(submit("sara.okafor", taskFor("sara.okafor", caseId, "Review yourself against the 33 standards"),
                "wholeClassOpportunities", true, "wholeClassExamples", "Year 2 on Thursday afternoons for the whole afternoon",
                "confidentAttributes", ALL_STANDARDS.subList(0, 7), "confidentKnowledge", ALL_STANDARDS.subList(7, 16),
                "confidentSkills", ALL_STANDARDS.subList(16, 33))).isEqualTo(204);
        taskFor("helen.carter", caseId, "Hold the readiness discussion");

        // The withdrawal message is the application's: a user who sends it herself is refused and nothing moves.
        assertThat(post("sara.okafor", "/engine-rest/message", Map.of("messageName", "HltaWithdrawn", "businessKey", REFERENCE))
                .getStatusCode().value()).isEqualTo(403);

        String reason = "Moving to a school nearer home in September";
        ResponseEntity<String> colleague = post("amy.hughes", WITHDRAWAL, Map.of("reason", reason));
        assertThat(colleague.getStatusCode().value()).as("a colleague").isEqualTo(403);
        assertThat(colleague.getBody()).contains("Only Sara Okafor");
        ResponseEntity<String> otherSchool = post("david.marsh", WITHDRAWAL, Map.of("reason", reason));
        ResponseEntity<String> unknown = post("helen.carter", "/api/hlta/candidacies/HLTA-E1006-9/withdrawal", Map.of("reason", reason));
        assertThat(otherSchool.getStatusCode().value()).as("another school's headteacher").isEqualTo(404);
        assertThat(otherSchool.getBody()).isEqualTo(unknown.getBody().replace("HLTA-E1006-9", REFERENCE));
        assertThat(post("sara.okafor", WITHDRAWAL, Map.of("reason", " ")).getStatusCode().value()).as("no reason").isEqualTo(400);
        assertThat(status()).isEqualTo("READINESS");
        assertThat(list("helen.carter", "/engine-rest/task?processInstanceId=" + caseId)).hasSize(1);

        ResponseEntity<String> withdrawn = post("sara.okafor", WITHDRAWAL, Map.of("reason", reason));
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
        assertThat(withdrawn.getBody()).contains("WITHDRAWN");
        assertThat(jdbc.sql("select closed_by, closed_reason from hlta_candidacy where reference = ?").param(REFERENCE)
                .query((rs, n) -> rs.getString(1) + " / " + rs.getString(2)).single()).isEqualTo("sara.okafor / " + reason);

        // The case ended at "Candidacy withdrawn"; the headteacher's task is gone and she is told why.
        assertThat(list("kate.morgan", "/engine-rest/history/process-instance?processInstanceId=" + caseId).get(0))
                .containsEntry("state", "COMPLETED");
        assertThat(list("kate.morgan", "/engine-rest/history/activity-instance?processInstanceId=" + caseId
                + "&activityId=EndEvent_CandidacyWithdrawn")).hasSize(1);
        assertThat(list("helen.carter", "/engine-rest/task?processInstanceId=" + caseId)).isEmpty();
        assertThat(list("helen.carter", "/api/notifications")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "HLTA candidacy withdrawn: Sara Okafor")
                .satisfies(m -> assertThat(String.valueOf(m.get("body"))).contains("sara.okafor", reason)));
        assertThat(post("sara.okafor", WITHDRAWAL, Map.of("reason", reason)).getStatusCode().value()).as("finished").isEqualTo(409);
    }

    private String status() {
        return jdbc.sql("select status from hlta_candidacy where reference = ?").param(REFERENCE).query(String.class).single();
    }
}
