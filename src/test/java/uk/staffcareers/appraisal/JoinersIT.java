package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.DemoTrust;

/**
 * A joiner after the school's year was launched gets her appraisal from her first day, once her first day has come:
 * HR adds Ivy Lane, who starts on Wednesday 13 January 2027; the joiners' run of Monday 18 January starts her case with
 * the period from the 13th, and a second run starts nothing.
 */
class JoinersIT extends IntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void aJoinerAfterTheLaunchGetsHerYearFromHerFirstDay() {
        moveClockTo(LocalDate.of(2027, 1, 11));
        newTeachingAssistant("E1099", "Ada", "Moss", DemoTrust.OAKFIELD, "E1003");
        assertThat(post("helen.carter", "/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1099")).getStatusCode().value())
                .as("Oakfield's year launched").isEqualTo(200);
        assertThat(post("kate.morgan", "/api/directory/staff", Map.of("staffNumber", "E1179", "forenames", "Ivy", "surname", "Lane",
                "workEmail", "ivy.lane@lt2.example.org", "school", "oakfield", "role", "Teaching assistant", "contractType", "Permanent",
                "startDate", "2027-01-13", "lineManager", "E1003")).getStatusCode().value()).isEqualTo(201);
        assertThat(post("tom.bennett", "/api/appraisals/joiners", Map.of()).getStatusCode().value()).as("a teacher").isEqualTo(403);

        moveClockTo(LocalDate.of(2027, 1, 18));
        List<String> started = (List<String>) as("kate.morgan").postForEntity("/api/appraisals/joiners", Map.of(), Map.class).getBody()
                .get("joiners");
        assertThat(started).contains("E1179").doesNotContain("E1099");
        String caseId = (String) list("admin", "/engine-rest/process-instance?businessKey=APPRAISAL-2026/27-E1179").get(0).get("id");
        assertThat(get("admin", "/engine-rest/process-instance/" + caseId + "/variables/periodStart").getBody()).contains("2027-01-13");
        assertThat((List<String>) as("kate.morgan").postForEntity("/api/appraisals/joiners", Map.of(), Map.class).getBody().get("joiners"))
                .as("once").doesNotContain("E1179");
    }
}
