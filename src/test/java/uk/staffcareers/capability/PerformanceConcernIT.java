package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;

/** Concerns through the REST calls Tasklist makes, as the demo users: both outcomes, the letters, who may see what. */
class PerformanceConcernIT extends IntegrationTest {

    // A Wednesday in the autumn term: review dates two and three weeks ahead are school days before Christmas, and the
    // formal meeting's notice counts school days only.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    @Autowired
    private SchoolCalendars calendars;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void enoughImprovementClosesAConcernThatOnlyThoseEntitledCanSee() throws Exception {
        String caseId = raise("priya.shah", "E1005", "Lesson plans missing for three weeks"); // Ben Lewis, Oakfield
        String meeting = taskFor("priya.shah", caseId, "Record the informal meeting");
        assertThat(submit("priya.shah", meeting, meeting(today.plusWeeks(7)))).isEqualTo(400);
        assertThat(submit("priya.shah", meeting, meeting(today.plusWeeks(2)))).isEqualTo(204);

        // Confidential: the employee, the raiser, the headteacher and HR; not a colleague, not another school.
        for (String entitled : List.of("ben.lewis", "priya.shah", "helen.carter", "kate.morgan")) {
            assertThat(get(entitled, "/engine-rest/process-instance/" + caseId).getStatusCode().value()).as(entitled).isEqualTo(200);
        }
        for (String outsider : List.of("tom.bennett", "amy.hughes", "david.marsh")) {
            assertThat(get(outsider, "/engine-rest/process-instance/" + caseId).getStatusCode().value()).as(outsider).isIn(403, 404);
            assertThat(get(outsider, "/engine-rest/history/process-instance/" + caseId).getStatusCode().value()).isIn(403, 404);
        }

        String respond = taskFor("ben.lewis", caseId, "Comment on and acknowledge the written record");
        Map<String, Object> vars = as("ben.lewis").getForObject("/engine-rest/task/" + respond + "/form-variables", Map.class);
        long recordId = ((Number) ((Map<String, Object>) vars.get("writtenRecordId")).get("value")).longValue();
        assertThat(pdf("ben.lewis", recordId)).contains("Written record of an informal meeting about performance",
                "Lesson plans missing", "coaching", "Progress will be reviewed on: " + WorkingDays.spoken(today.plusWeeks(2)));
        assertThat(get("tom.bennett", "/api/documents/" + recordId).getStatusCode().value()).isEqualTo(404);
        assertThat(submit("ben.lewis", respond, "employeeComments", "My planning was late while I covered Year 2",
                "recordReceived", true)).isEqualTo(204);
        List<Map<String, Object>> documents = list("ben.lewis", "/api/staff/E1005/documents");
        assertThat(pdf("ben.lewis", ((Number) documents.get(0).get("id")).longValue()))
                .contains("My planning was late while I covered Year 2", "version 2");

        String review = reachReview(caseId);
        assertThat(submit("helen.carter", review, "reviewOutcome", "SUFFICIENT")).as("only the reviewer").isIn(403, 404);
        assertThat(submit("priya.shah", review, "reviewOutcome", "SUFFICIENT", "remainingIssues", "Keep plans weekly")).isEqualTo(204);
        assertThat(get("helen.carter", "/engine-rest/history/process-instance/" + caseId).getBody()).contains("\"state\":\"COMPLETED\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void notEnoughImprovementNotifiesInWritingAndHrInvitesToAFormalMeeting() throws Exception {
        String caseId = raise("helen.carter", "E1004", "Interventions not delivered as agreed"); // Amy Hughes
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Record the informal meeting"),
                meeting(today.plusWeeks(3)))).isEqualTo(204);
        String review = reachReview(caseId);
        assertThat(submit("helen.carter", review, "reviewOutcome", "INSUFFICIENT", "remainingIssues", "Intervention records")).isEqualTo(204);

        Map<String, Object> notice = list("amy.hughes", "/api/staff/E1004/documents").stream()
                .filter(d -> "CAPABILITY_NOTICE".equals(d.get("kind"))).findFirst().orElseThrow();
        assertThat(pdf("amy.hughes", ((Number) notice.get("id")).longValue()))
                .contains("managed under the trust's Capability Procedure", "Intervention records", "right to be accompanied");

        assertThat(submit("kate.morgan", taskFor("kate.morgan", caseId, "Open the capability case"), "caseOpened", true)).isEqualTo(204);
        List<Map<String, Object>> capability = list("kate.morgan", "/engine-rest/process-instance?superProcessInstance=" + caseId);
        String capabilityCase = (String) capability.get(0).get("id");
        assertThat((String) capability.get(0).get("businessKey")).startsWith("CAPABILITY-");
        String invite = taskFor("kate.morgan", capabilityCase, "Invite to a formal capability meeting");
        ResponseEntity<String> tooSoon = post("kate.morgan", "/engine-rest/task/" + invite + "/submit-form", variables(
                "meetingDate", calendars.forStaff("E1004").after(today, 3).toString(), "meetingTime", "15:30",
                "meetingPlace", "Head's office"));
        assertThat(tooSoon.getStatusCode().value()).isEqualTo(400);
        assertThat(tooSoon.getBody()).contains("working days' notice");
        assertThat(submit("kate.morgan", invite, "meetingDate", calendars.forStaff("E1004").after(today, 6).toString(), "meetingTime", "15:30",
                "meetingPlace", "Head's office")).isEqualTo(204);
        Map<String, Object> invitation = list("amy.hughes", "/api/staff/E1004/documents").stream()
                .filter(d -> "CAPABILITY_INVITATION".equals(d.get("kind"))).findFirst().orElseThrow();
        assertThat(pdf("amy.hughes", ((Number) invitation.get("id")).longValue()))
                .contains("Invitation to a formal capability meeting", "Head's office", "15:30", "trade union representative");
        assertThat(get("amy.hughes", "/engine-rest/process-instance/" + capabilityCase).getStatusCode().value()).isEqualTo(200);
        assertThat(get("tom.bennett", "/engine-rest/process-instance/" + capabilityCase).getStatusCode().value()).isIn(403, 404);
    }

    private String raise(String raiser, String staffId, String description) {
        ResponseEntity<Map> started = as(raiser).postForEntity("/engine-rest/process-definition/key/performance-concern/submit-form",
                variables("staffId", staffId, "description", description), Map.class);
        assertThat(started.getStatusCode().value()).as("raise: " + started.getBody()).isEqualTo(200);
        return (String) started.getBody().get("id");
    }

    /** The reminder, its sending and the review date, as the job executor would run them. */
    private String reachReview(String caseId) {
        for (String activity : List.of("Event_ReviewReminderDue", "Task_RemindReviewer", "Event_ReviewDateReached")) {
            runJob(caseId, activity);
        }
        return (String) list("admin", "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=Task_ReviewProgress")
                .get(0).get("id");
    }

    private Object[] meeting(LocalDate reviewDate) {
        return new Object[] {"meetingDate", today.toString(), "nature", "Plans have not been ready for the teacher",
                "seriousness", "MODERATE", "linkedTo", "Objective 2", "supportCoaching", true, "supportMentoring", false,
                "supportTraining", false, "supportObservingBestPractice", false, "supportDetails", "Weekly coaching",
                "supportProvider", "Tom Bennett", "implications", "The Capability Procedure may follow",
                "reviewDate", reviewDate.toString()};
    }
}
