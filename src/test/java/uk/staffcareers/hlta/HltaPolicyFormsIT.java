package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.policy.WorkingDays;

/**
 * The HLTA forms follow the trust's policy: with two preparation days and five written tasks (HR's
 * change, put back afterwards as the tests share one database), Grace Kim books exactly two days and
 * ticks exactly five tasks; a third day, a missing day, four tasks or a sixth are refused naming the field.
 */
class HltaPolicyFormsIT extends IntegrationTest {

    private static final String POLICY = "/api/trusts/lt2/policy";
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    private static final LocalDate DAY_1 = TODAY.plusWeeks(1);
    private static final LocalDate DAY_2 = TODAY.plusWeeks(2);
    private static final List<String> ALL_STANDARDS = IntStream.rangeClosed(1, 33).mapToObj(String::valueOf).toList();

    private Map<String, Object> before;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void twoPreparationDaysAndFiveTasks() {
        before = as("kate.morgan").getForObject(POLICY, Map.class);
        Map<String, Object> changed = new LinkedHashMap<>(before);
        changed.put("hltaPreparationDays", 2);
        changed.put("hltaAssessmentTasks", 5);
        assertThat(putPolicy(changed)).isEqualTo(200);
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        assertThat(putPolicy(before)).isEqualTo(200);
    }

    @Test
    void aTrustWithTwoPreparationDaysAndFiveTasksGetsFormsAskingForTwoAndFive() {
        moveClockTo(TODAY);
        ResponseEntity<Map> started = as("grace.kim").postForEntity("/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", "E2005"), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        String caseId = (String) started.getBody().get("id");
        assertThat(submit("grace.kim", taskFor("grace.kim", caseId, "Review yourself against the 33 standards"),
                "wholeClassOpportunities", true, "wholeClassExamples", "Year 3 on Wednesday afternoons during PPA",
                "confidentAttributes", ALL_STANDARDS.subList(0, 7))).isEqualTo(204);
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Hold the readiness discussion"), "readinessDecision", "READY",
                "readinessReason", "Ready to start preparation", "englishMathsSeen", true)).isEqualTo(204);
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Confirm the school's commitment"), "releaseConfirmed", true,
                "supportingStaff", "The class teacher", "laContactName", "Sam Lee", "laContactEmail", "sam.lee@la.example.gov.uk"))
                .isEqualTo(204);

        String book = taskFor("grace.kim", caseId, "Book the preparation days");
        assertThat(formVariable(book, "preparationDaysRequired")).as("the form shows two days").isEqualTo(2);
        assertThat(refusal(book, "providerOfPreparation", "North West PoP", "preparationDay1", DAY_1.toString(),
                "preparationDay2", DAY_2.toString(), "preparationDay3", DAY_2.plusWeeks(1).toString()))
                .contains("has 2 preparation days", "preparationDay3");
        assertThat(refusal(book, "providerOfPreparation", "North West PoP", "preparationDay1", DAY_1.toString()))
                .contains("preparation day 2 (preparationDay2)");
        assertThat(submit("grace.kim", book, "providerOfPreparation", "North West PoP", "preparationDay1", DAY_1.toString(),
                "preparationDay2", DAY_2.toString())).isEqualTo(204);
        Map<String, Object> window = as("kate.morgan").getForObject("/engine-rest/process-instance/" + caseId
                + "/variables/visitWindowText", Map.class);
        assertThat(window.get("value")).as("the visit window opens after the second, final day")
                .isEqualTo("after " + WorkingDays.spoken(DAY_2) + " and by " + WorkingDays.spoken(DAY_2.plusWeeks(12)));

        moveClockTo(DAY_1);
        runJob(caseId, "Event_PreparationDay1");
        assertThat(submit("grace.kim", taskFor("grace.kim", caseId, "Register for assessment"), "registeredOn", DAY_1.toString(),
                "registrationReference", "PC-2027-0077", "assessmentProvider", "The Prime Consortium",
                "providerContact", "Assessment team, 0161 000 0000")).isEqualTo(204);

        String tasks = taskFor("grace.kim", caseId, "Submit the assessment tasks");
        assertThat(formVariable(tasks, "assessmentTasksRequired")).as("the form shows five tasks").isEqualTo(5);
        assertThat(refusal(tasks, HltaJourneyIT.tasksSubmitted(4, DAY_1))).as("four of five").contains("All 5 assessment tasks", "[5]");
        assertThat(refusal(tasks, HltaJourneyIT.tasksSubmitted(6, DAY_1))).as("a sixth").contains("has 5 assessment tasks", "[6]");
        assertThat(submit("grace.kim", tasks, HltaJourneyIT.tasksSubmitted(5, DAY_1))).isEqualTo(204);
    }

    @SuppressWarnings("unchecked")
    private Object formVariable(String taskId, String name) {
        Map<String, Map<String, Object>> variables = as("grace.kim").getForObject("/engine-rest/task/" + taskId + "/form-variables",
                Map.class);
        assertThat(variables).as("form variables").containsKey(name);
        return variables.get(name).get("value");
    }

    /** The reason a submission is refused with, as Tasklist shows it. */
    @SuppressWarnings("unchecked")
    private String refusal(String taskId, Object... namesAndValues) {
        ResponseEntity<Map> refused = as("grace.kim").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                variables(namesAndValues), Map.class);
        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
        return (String) refused.getBody().get("message");
    }

    private int putPolicy(Map<String, Object> policy) {
        return as("kate.morgan").exchange(POLICY, HttpMethod.PUT, new HttpEntity<>(policy), String.class).getStatusCode().value();
    }
}
