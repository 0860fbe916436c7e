package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.staff.DemoTrust;

/**
 * Less typing, fewer leaks: a teaching assistant starts her own HLTA candidacy without her staff number; the
 * appraiser is chosen from the names of the school, and a number from another school is refused without
 * naming its owner; a school is launched by its name.
 */
class LessTypingIT extends IntegrationTest {

    // A Wednesday in the autumn term: the plan's first step falls due the trust's default school days later.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    @Autowired
    SchoolCalendars calendars;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeachingAssistantStartsHerOwnCandidacyAndHerAppraiserIsChosenByName() {
        newTeachingAssistant("E1096", "Sian", "Lloyd", DemoTrust.OAKFIELD, "E1002");

        ResponseEntity<Map> started = as("sian.lloyd").postForEntity("/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", ""), Map.class);
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        assertThat(started.getBody().get("businessKey")).isEqualTo("HLTA-E1096-1");
        // Her self-review waits on nobody (openEnded in the model); her line manager's step of a plan is due all the same.
        String hlta = (String) started.getBody().get("id");
        assertThat(list("sian.lloyd", "/engine-rest/task?processInstanceId=" + hlta).get(0).get("due")).isNull();
        ResponseEntity<Map> plan = as("sian.lloyd").postForEntity("/engine-rest/process-definition/key/development-plan/submit-form",
                variables("staffId", "E1096", "trigger", "OWN_REQUEST", "need", "Training in speech and language support"), Map.class);
        Map<String, Object> clarify = list("tom.bennett", "/engine-rest/task?processInstanceId=" + plan.getBody().get("id")).get(0);
        LocalDate due = calendars.forTrust(DemoTrust.TRUST).after(today, TrustPolicy.DEFAULTS.defaultTaskWorkingDays());
        assertThat((String) clarify.get("due")).as(clarify.get("name") + ": the trust's default working days").startsWith(due.toString());

        assertThat(post("kate.morgan", "/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1096")).getStatusCode().value())
                .isEqualTo(200);
        String caseId = (String) list("kate.morgan", "/engine-rest/process-instance?businessKey="
                + AppraisalPeriod.containing(today).businessKey("E1096")).get(0).get("id");
        String choose = taskFor("helen.carter", caseId, "Choose the appraiser");
        Map<String, Object> options = (Map<String, Object>) as("helen.carter").getForObject("/engine-rest/task/" + choose
                + "/form-variables?deserializeValues=false", Map.class).get("appraiserOptions");
        assertThat((String) options.get("value")).contains("\"label\":\"Tom Bennett (teacher)\"", "\"value\":\"E1002\"", "Kate Morgan (HR adviser)")
                .doesNotContain("Sian Lloyd", "Rachel Green", "David Marsh");

        ResponseEntity<String> otherSchool = post("helen.carter", "/engine-rest/task/" + choose + "/submit-form",
                variables("appraiserStaffId", "E2002"));
        assertThat(otherSchool.getStatusCode().value()).isEqualTo(400);
        assertThat(otherSchool.getBody()).contains("works at Oakfield Primary School or in the trust's central team")
                .doesNotContain("Rachel", "Green");
        assertThat(submit("helen.carter", choose, "appraiserStaffId", "E1002")).isEqualTo(204);
    }

    @Test
    void aSchoolIsLaunchedByItsName() {
        ResponseEntity<String> unknown = post("kate.morgan", "/api/appraisals/launch", Map.of("scope", "SCHOOL", "target", "Oakfeld"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("There is no school 'Oakfeld'", "Oakfield Primary School");
        assertThat(post("david.marsh", "/api/appraisals/launch", Map.of("scope", "SCHOOL", "target", "oakfield primary school"))
                .getStatusCode().value()).as("found by its name, and not his school").isEqualTo(403);
    }
}
