package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;

/**
 * A duration HR changes moves the due date of the step it governs (the headteacher's choice of appraiser),
 * and the most objectives HR allows is what the draft form offers and the application accepts. On a fixed day in term:
 * with the wall clock, a launch in late August opened a year about to end.
 */
class AppraisalDurationsIT extends IntegrationTest {

    private static final String POLICY = "/api/trusts/lt2/policy";
    // A Wednesday in the autumn term: this year's appraisal can be launched, and working days follow each other.
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 4);

    @Autowired
    private SchoolCalendars calendars;

    @Test
    @SuppressWarnings("unchecked")
    void theChooseAppraiserTaskIsDueTheTrustsWorkingDaysAfterTheLaunchAndTheDraftTakesTheTrustsMostObjectives() {
        moveClockTo(TODAY);
        Map<String, Object> before = as("kate.morgan").getForObject(POLICY, Map.class);
        Map<String, Object> changed = new LinkedHashMap<>(before);
        changed.put("chooseAppraiserWorkingDays", 12);
        changed.put("maxObjectives", 2);
        assertThat(putPolicy(changed)).isEqualTo(200);
        try {
            assertThat(as("kate.morgan").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1006"), Map.class)
                    .getBody()).containsEntry("started", 1);
            String caseId = (String) list("kate.morgan", "/engine-rest/process-instance?businessKey="
                    + AppraisalPeriod.containing(TODAY).businessKey("E1006")).get(0).get("id");
            List<Map<String, Object>> tasks = list("helen.carter", "/engine-rest/task?processInstanceId=" + caseId);
            assertThat(tasks).extracting(t -> t.get("name")).containsExactly("Choose the appraiser");

            WorkingDays oakfield = calendars.forTrust("lt2");
            LocalDate due = LocalDate.parse(((String) tasks.get(0).get("due")).substring(0, 10));
            assertThat(due).isEqualTo(oakfield.after(TODAY, 12)).isNotEqualTo(oakfield.after(TODAY, 5));

            assertThat(submit("helen.carter", (String) tasks.get(0).get("id"), "appraiserStaffId", "E1002")).isEqualTo(204);
            String draft = taskFor("tom.bennett", caseId, "Draft objectives");
            Map<String, Object> most = (Map<String, Object>) as("tom.bennett").getForObject("/engine-rest/task/" + draft
                    + "/form-variables", Map.class).get("maxObjectives");
            assertThat(most.get("value")).as("the form shows two objectives").isEqualTo(2);
            var refused = post("tom.bennett", "/engine-rest/task/" + draft + "/submit-form", variables(objectives(3)));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(refused.getBody()).contains("at most 2 objectives", "objective3");
            assertThat(submit("tom.bennett", draft, objectives(2))).isEqualTo(204);
        } finally {
            assertThat(putPolicy(before)).isEqualTo(200);
        }
    }

    /** The draft form with objectives 1 to n filled in, none of them the development objective. */
    private static Object[] objectives(int n) {
        List<Object> fields = new java.util.ArrayList<>();
        for (int slot = 1; slot <= n; slot++) {
            fields.addAll(List.of("objective" + slot, "Support reading group " + slot, "criteria" + slot, "Reading ages rise by a year",
                    "assessment" + slot, "Termly reading tests"));
        }
        fields.addAll(List.of("developmentObjective", "NONE"));
        return fields.toArray();
    }

    private int putPolicy(Map<String, Object> policy) {
        return as("kate.morgan").exchange(POLICY, HttpMethod.PUT, new HttpEntity<>(policy), String.class).getStatusCode().value();
    }
}
