package uk.staffcareers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/** HR changes a trust's policy settings through the API; others may read them, not change them. */
class PolicyIT extends IntegrationTest {

    private static final String POLICY = "/api/trusts/lt2/policy";

    @Test
    @SuppressWarnings("unchecked")
    void hrChangesTheSettingsAndBadSettingsChangeNothing() {
        Map<String, Object> current = as("priya.shah").getForObject(POLICY, Map.class);
        assertThat(current).containsEntry("objectivesDeadline", "--10-31").containsEntry("appealWindowWorkingDays", 10)
                .containsEntry("payReviewWorkingDays", 10).containsEntry("payHearingNoticeWorkingDays", 5);

        Map<String, Object> changed = new LinkedHashMap<>(current);
        changed.put("appealWindowWorkingDays", 15);
        changed.put("payReviewWorkingDays", 12);
        assertThat(put("priya.shah", changed).getStatusCode().value()).isEqualTo(403);
        assertThat(put("kate.morgan", changed).getStatusCode().value()).isEqualTo(200);
        assertThat(as("priya.shah").getForObject(POLICY, Map.class)).containsEntry("appealWindowWorkingDays", 15)
                .containsEntry("payReviewWorkingDays", 12);

        Map<String, Object> wrong = new LinkedHashMap<>(changed);
        wrong.put("hltaVisitWindowWeeks", 0);
        wrong.put("payReviewWorkingDays", 0);
        ResponseEntity<String> refused = put("kate.morgan", wrong);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("hltaVisitWindowWeeks must be 1 to 52, not 0", "payReviewWorkingDays must be 1 to 30, not 0");
        assertThat(as("kate.morgan").getForObject(POLICY, Map.class)).containsEntry("hltaVisitWindowWeeks", 12)
                .containsEntry("payReviewWorkingDays", 12);

        assertThat(put("kate.morgan", current).getStatusCode().value()).isEqualTo(200);
        assertThat(get("kate.morgan", "/api/trusts/another-trust/policy").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void hrChangesTheDurationSettingsAndReadsThemBack() {
        Map<String, Object> current = as("kate.morgan").getForObject(POLICY, Map.class);
        assertThat(current).containsEntry("annualAssessmentLeadWeeks", 6).containsEntry("chooseAppraiserWorkingDays", 5)
                .containsEntry("lateStartObjectivesWeeks", 4).containsEntry("commentsWorkingDays", 5)
                .containsEntry("hltaVisitAlertWorkingDays", 10).containsEntry("maxObjectives", 3);

        Map<String, Object> changed = new LinkedHashMap<>(current);
        changed.putAll(Map.of("annualAssessmentLeadWeeks", 8, "chooseAppraiserWorkingDays", 3, "lateStartObjectivesWeeks", 6,
                "commentsWorkingDays", 7, "hltaVisitAlertWorkingDays", 15, "maxObjectives", 5));
        try {
            assertThat(put("kate.morgan", changed).getStatusCode().value()).isEqualTo(200);
            assertThat(as("priya.shah").getForObject(POLICY, Map.class)).containsAllEntriesOf(changed);

            Map<String, Object> wrong = new LinkedHashMap<>(changed);
            wrong.put("maxObjectives", 6);
            wrong.put("commentsWorkingDays", 0);
            ResponseEntity<String> refused = put("kate.morgan", wrong);
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(refused.getBody()).contains("maxObjectives must be 1 to 5, not 6", "commentsWorkingDays must be 1 to 20, not 0");
            assertThat(as("kate.morgan").getForObject(POLICY, Map.class)).containsEntry("maxObjectives", 5);
        } finally {
            assertThat(put("kate.morgan", current).getStatusCode().value()).isEqualTo(200);
        }
    }

    private ResponseEntity<String> put(String user, Map<String, Object> body) {
        return as(user).exchange(POLICY, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }
}
