package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.IntegrationTest;

/**
 * The appraisals the trust holds, not a school: a headteacher's (the CEO leads with the chair of
 * trustees and the external adviser; the chair decides pay) and the CEO's (the chair of trustees),
 * each walked through its year over REST as those people.
 */
class TrustAppraisalIT extends IntegrationTest {

    // A Wednesday in the autumn term: the annual assessment meeting booked for tomorrow is a school day within the year.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    private final AppraisalPeriod period = AppraisalPeriod.containing(today);

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    void theCeoAppraisesHelenCarterAndTheChairDecidesHerPay() {
        assertThat(as("sarah.whitfield").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1001"), Map.class)
                .getBody()).containsEntry("started", 1);
        String caseId = caseOf("E1001");

        // The CEO holds the appraiser's tasks; the headteacher has none of them; the panel reads the case.
        assertThat(names("helen.carter", caseId)).isEmpty();
        String draft = taskFor("sarah.whitfield", caseId, "Draft objectives");
        assertThat(formVariable("sarah.whitfield", draft, "objectiveGuidance")).contains("A headteacher's objectives");
        for (String panel : List.of("john.ashworth", "margaret.lowe")) {
            assertThat(get(panel, "/engine-rest/process-instance/" + caseId).getStatusCode().value()).as(panel).isEqualTo(200);
        }
        assertThat(get("david.marsh", "/engine-rest/process-instance/" + caseId).getStatusCode().value()).isIn(403, 404);

        walkTheYear(caseId, "sarah.whitfield", "helen.carter", "Raise Year 6 writing to the national average");
        assertThat(names("sarah.whitfield", caseId)).doesNotContain("Decide pay");
        decideAndAccept(caseId, "john.ashworth", "helen.carter");
        assertThat(list("admin", "/engine-rest/history/user-operation?processInstanceId=" + caseId + "&operationType=Complete"))
                .extracting(o -> o.get("userId")).contains("sarah.whitfield", "helen.carter", "john.ashworth")
                .as("nobody in her school").doesNotContain("mark.ellis", "tom.bennett");
    }

    @Test
    void theChairOfTrusteesAppraisesTheCeoAndDecidesHerPay() {
        @SuppressWarnings("unchecked")
        Map<String, Object> launched = as("kate.morgan").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", "T0001"),
                Map.class).getBody();
        assertThat(launched).containsEntry("started", 1);
        assertThat(launched.get("leftOut").toString()).doesNotContain("Sarah Whitfield");
        String caseId = caseOf("T0001");

        String draft = taskFor("john.ashworth", caseId, "Draft objectives");
        assertThat(formVariable("john.ashworth", draft, "objectiveGuidance")).contains("The CEO's objectives", "trust's strategic plan");
        assertThat(names("sarah.whitfield", caseId)).doesNotContain("Draft objectives");
        assertThat(get("helen.carter", "/engine-rest/process-instance/" + caseId).getStatusCode().value()).as("a headteacher")
                .isIn(403, 404);
        // The trust's default policy leaves the external adviser out of the CEO's appraisal.
        assertThat(get("margaret.lowe", "/engine-rest/process-instance/" + caseId).getStatusCode().value()).isIn(403, 404);

        walkTheYear(caseId, "john.ashworth", "sarah.whitfield", "Open the trust's third school by September");
        decideAndAccept(caseId, "john.ashworth", "sarah.whitfield");
    }

    /** Objectives agreed (the development one named to the employee), interim review, annual assessment, report. */
    private void walkTheYear(String caseId, String appraiser, String employee, String objective) {
        assertThat(submit(appraiser, taskFor(appraiser, caseId, "Draft objectives"), "objective1", objective, "criteria1",
                "Met by the end of the year", "assessment1", "Data and the adviser's visit", "objective2", "Complete the NPQ module",
                "criteria2", "Module passed", "assessment2", "Certificate", "developmentObjective", "2")).isEqualTo(204);
        String agree = taskFor(employee, caseId, "Agree objectives");
        assertThat(formVariable(employee, agree, "developmentObjectiveNote"))
                .isEqualTo("**Your professional-development objective is objective 2:** Complete the NPQ module");
        assertThat(submit(employee, agree, "agreement", "AGREE")).isEqualTo(204);

        assertThat(submit(appraiser, taskFor(appraiser, caseId, "Hold the interim review"), "interimHeldOn", today.toString(),
                "progress1", "On track", "progress2", "Started", "changesNeeded", "NO", "interimSummary", "Good progress")).isEqualTo(204);
        assertThat(submit(employee, taskFor(employee, caseId, "Comment on the interim review"), "interimEmployeeComments", "Agreed"))
                .isEqualTo(204);
        runJob(caseId, "Event_AnnualAssessmentDue");
        assertThat(submit(appraiser, taskFor(appraiser, caseId, "Invite to the annual assessment meeting"), "meetingDate",
                today.plusDays(1).toString(), "meetingTime", "16:00", "meetingPlace", "Trust office")).isEqualTo(204);
        assertThat(submit(employee, taskFor(employee, caseId, "Add your evidence and aspirations"), "employeeEvidence", "Results",
                "aspirations", "Stay in post")).isEqualTo(204);
        assertThat(submit(appraiser, taskFor(appraiser, caseId, "Assess the year"), "outcome1", "MET", "outcomeComment1", "Done",
                "outcome2", "MET", "outcomeComment2", "Passed", "appraiserEvidence", "Data", "standardsAssessment", "Meets the standards",
                "cpdNeeds", "Governance training", "recommendedAction", "Book the course")).isEqualTo(204);
        assertThat(submit(appraiser, taskFor(appraiser, caseId, "Recommend pay"), "payRecommendation", "PROGRESSION", "payReasons",
                "Objectives met")).isEqualTo(204);
        assertThat(submit(employee, taskFor(employee, caseId, "Read the report and add your comments"), "reportComments", "Thank you"))
                .isEqualTo(204);
    }

    private void decideAndAccept(String caseId, String chair, String employee) {
        assertThat(submit(chair, taskFor(chair, caseId, "Decide pay"), "payDecision", "PROGRESSION", "payDecisionReasons",
                "As recommended")).isEqualTo(204);
        assertThat(submit(employee, taskFor(employee, caseId, "Appeal the pay decision or accept it"), "appealChoice", "ACCEPT"))
                .isEqualTo(204);
        assertThat(get("kate.morgan", "/engine-rest/history/process-instance/" + caseId).getBody()).contains("\"state\":\"COMPLETED\"");
    }

    private String caseOf(String staffId) {
        return (String) list("kate.morgan", "/engine-rest/process-instance?businessKey=" + period.businessKey(staffId)).get(0).get("id");
    }

    /** The names of the case's tasks assigned to the user (an overseer also sees others' tasks). */
    private List<Object> names(String user, String caseId) {
        return list(user, "/engine-rest/task?processInstanceId=" + caseId + "&assignee=" + user).stream().map(t -> t.get("name")).toList();
    }

    private String formVariable(String user, String taskId, String name) {
        Object value = formValue(user, taskId, name);
        assertThat(value).as(name + " on the form").isNotNull();
        return (String) value;
    }
}
