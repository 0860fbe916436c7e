package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.staffcareers.appraisal.AppraisalFormFields.append;
import static uk.staffcareers.appraisal.AppraisalFormFields.objectives;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.staff.DemoTrust;

/**
 * A year as it really goes, over REST as the demo users: an employee who answers nothing cannot stall the case,
 * an interim review that finds changes opens a revision and plans another review, and an employee who leaves
 * ends the case. Timers are run as the job executor would run them once due.
 */
class AppraisalRealYearIT extends IntegrationTest {

    // A Wednesday in the autumn term: the next review ten school days ahead comes well before the annual assessment
    // opens, the coming Saturday and a leaving date a week ahead are in the same year, the meeting tomorrow is a school day.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    private final AppraisalPeriod period = AppraisalPeriod.containing(today);
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolCalendars calendars;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    void tomBennettAnswersNothingHisReviewFindsChangesAndHeLeaves() {
        String caseId = launchWithObjectivesDrafted("E1002", "E1003", "priya.shah");
        String agree = taskFor("tom.bennett", caseId, "Agree objectives");
        assertThat((String) formValue("tom.bennett", agree, "agreementDueText")).matches("\\w+day \\d{1,2} \\w+ \\d{4}");

        // His answer never comes: the objectives stand, the record says so, the appraiser is told.
        runJob(caseId, "Event_NoAnswerToObjectives");
        assertThat(record("E1002", "objectives_status")).isEqualTo("UNANSWERED");
        assertThat(record("E1002", "objection")).startsWith("Employee: no answer to the objectives given by ");
        assertThat(notificationsOf("priya.shah")).anyMatch(n -> n.equals("Tom Bennett gave no answer to the objectives"));

        // The interim review finds changes and plans another review: on a working day before the annual assessment.
        String interim = taskFor("priya.shah", caseId, "Hold the interim review");
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        ResponseEntity<String> weekend = post("priya.shah", "/engine-rest/task/" + interim + "/submit-form", variables(
                interimReview("nextReviewOn", saturday.toString())));
        assertThat(weekend.getStatusCode().value()).isEqualTo(400);
        assertThat(weekend.getBody()).contains("is a weekend day");
        assertThat(submit("priya.shah", interim, interimReview("nextReviewOn", period.end().toString()))).as("after the annual opening")
                .isEqualTo(400);
        LocalDate nextReview = calendars.forTrust(DemoTrust.TRUST).after(today, 10);
        assertThat(submit("priya.shah", interim, interimReview("nextReviewOn", nextReview.toString()))).isEqualTo(204);
        runJob(caseId, "Event_NoInterimComments");
        assertThat(jdbc.sql("select employee_comments from appraisal_interim_review where appraisal_id = ?").param(appraisalId("E1002"))
                .query(String.class).single()).startsWith("No comments on the interim review given by ");

        String revise = taskFor("priya.shah", caseId, "Revise the objectives after the interim review");
        assertThat(submit("priya.shah", revise, objectives("Run two phonics groups"))).as("no reason for the record").isEqualTo(400);
        assertThat(submit("priya.shah", revise, append(objectives("Run two phonics groups"), "revisionReason",
                "The second group starts in the spring term"))).isEqualTo(204);
        assertThat(taskFor("tom.bennett", caseId, "Agree the revised objectives")).isNotNull();
        runJob(caseId, "Event_NoAnswerToRevision");
        assertThat(record("E1002", "objection")).contains("Employee (revised objectives): no answer to the revised objectives given by ");
        assertThat(record("E1002", "status")).isEqualTo("IN_YEAR");

        // The next interim review comes up as planned.
        runJob(caseId, "Event_NextInterimReview");
        String second = taskFor("priya.shah", caseId, "Hold the interim review");
        assertThat(formValue("priya.shah", second, "nextReviewOn")).as("the next form starts with an empty date").isNull();

        // He leaves: only her headteacher, HR or the CEO record it; another school's headteacher cannot even see it.
        String key = period.businessKey("E1002");
        assertThat(post("priya.shah", "/api/appraisals/" + key + "/leaving", Map.of("leftOn", today.toString(), "reason", "resigned"))
                .getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> otherSchool = post("david.marsh", "/api/appraisals/" + key + "/leaving",
                Map.of("leftOn", today.toString(), "reason", "resigned"));
        assertThat(otherSchool.getStatusCode().value()).isEqualTo(404);
        assertThat(otherSchool.getBody()).doesNotContain("Tom Bennett");
        assertThat(post("helen.carter", "/api/appraisals/" + key + "/leaving", Map.of("leftOn", today.plusDays(7).toString(),
                "reason", "resigned")).getBody()).contains("has not come yet");
        assertThat(post("helen.carter", "/api/appraisals/" + key + "/leaving", Map.of("leftOn", today.toString()))
                .getStatusCode().value()).as("no reason").isEqualTo(400);
        assertThat(post("helen.carter", "/engine-rest/message", Map.of("messageName", AppraisalCycleProcess.MESSAGE_EMPLOYEE_LEFT,
                "businessKey", key)).getStatusCode().value()).as("the raw message").isEqualTo(403);
        assertThat(record("E1002", "status")).isEqualTo("IN_YEAR");

        assertThat(post("helen.carter", "/api/appraisals/" + key + "/leaving", Map.of("leftOn", today.toString(),
                "reason", "Resigned to move to another region")).getStatusCode().value()).isEqualTo(200);
        assertThat(get("admin", "/engine-rest/history/process-instance/" + caseId).getBody()).contains("\"state\":\"COMPLETED\"");
        assertThat(list("admin", "/engine-rest/history/activity-instance?processInstanceId=" + caseId + "&activityId=EndEvent_LeftEmployment"))
                .hasSize(1);
        assertThat(list("admin", "/engine-rest/task?processInstanceId=" + caseId)).isEmpty();
        assertThat(record("E1002", "status")).isEqualTo("LEFT_EMPLOYMENT");
        assertThat(record("E1002", "ended_by")).isEqualTo("helen.carter");
        assertThat(notificationsOf("priya.shah")).contains("The appraisal of Tom Bennett has ended");
        assertThat(post("helen.carter", "/api/appraisals/" + key + "/leaving", Map.of("leftOn", today.toString(), "reason", "again"))
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void owenHaleGivesNoEvidenceAndNoCommentsAndTheYearStillReachesThePayDecision() throws Exception {
        // A teaching assistant of his own, so that no other test meets his appraisal.
        newTeachingAssistant("E1094", "Owen", "Hale", DemoTrust.OAKFIELD, "E1002");
        String caseId = launchWithObjectivesDrafted("E1094", "E1002", "tom.bennett");
        assertThat(submit("owen.hale", taskFor("owen.hale", caseId, "Agree objectives"), "agreement", "AGREE")).isEqualTo(204);
        assertThat(submit("tom.bennett", taskFor("tom.bennett", caseId, "Hold the interim review"), interimReview())).isEqualTo(204);
        assertThat(submit("owen.hale", taskFor("owen.hale", caseId, "Comment on the interim review"), "interimEmployeeComments",
                "Going well")).isEqualTo(204);
        runJob(caseId, "Event_AnnualAssessmentDue");
        assertThat(submit("tom.bennett", taskFor("tom.bennett", caseId, "Invite to the annual assessment meeting"), "meetingDate",
                today.plusDays(1).toString(), "meetingTime", "15:45", "meetingPlace", "Room 2")).isEqualTo(204);

        runJob(caseId, "Event_NoEvidenceGiven");
        assertThat(record("E1094", "employee_evidence")).startsWith("No evidence or aspirations for the annual assessment given by ");
        assertThat(submit("tom.bennett", taskFor("tom.bennett", caseId, "Assess the year"), "outcome1", "MET", "outcomeComment1", "Done",
                "appraiserEvidence", "Two observations", "standardsAssessment", "Meets Proficient 1", "cpdNeeds", "None",
                "recommendedAction", "None")).isEqualTo(204);
        assertThat(submit("tom.bennett", taskFor("tom.bennett", caseId, "Recommend pay"), "payRecommendation", "PROGRESSION",
                "payReasons", "Objective met")).isEqualTo(204);
        String comment = taskFor("owen.hale", caseId, "Read the report and add your comments");
        assertThat((String) formValue("owen.hale", comment, "commentsDueText")).matches("\\w+day \\d{1,2} \\w+ \\d{4}");

        runJob(caseId, "Event_NoReportComments");
        assertThat(taskFor("helen.carter", caseId, "Decide pay")).isNotNull();
        long report = ((Number) list("owen.hale", "/api/staff/E1094/documents").stream()
                .filter(d -> "APPRAISAL_REPORT".equals(d.get("kind"))).findFirst().orElseThrow().get("id")).longValue();
        assertThat(pdf("owen.hale", report)).contains("No comments on the appraisal report given by", "version 2");
        assertThat(record("E1094", "unanswered_steps")).contains("No evidence or aspirations", "No comments on the appraisal report");
        assertThat(notificationsOf("tom.bennett")).contains("Owen Hale gave no evidence or aspirations for the annual assessment",
                "Owen Hale gave no comments on the appraisal report");
    }

    /** Launched by HR, the appraiser chosen by the headteacher, the objectives drafted by that appraiser. */
    private String launchWithObjectivesDrafted(String staffId, String appraiserStaffId, String appraiser) {
        assertThat(post("kate.morgan", "/api/appraisals/launch", Map.of("scope", "STAFF", "target", staffId)).getStatusCode().value())
                .isEqualTo(200);
        String caseId = (String) list("kate.morgan", "/engine-rest/process-instance?businessKey=" + period.businessKey(staffId)).get(0).get("id");
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Choose the appraiser"), "appraiserStaffId", appraiserStaffId)).isEqualTo(204);
        assertThat(submit(appraiser, taskFor(appraiser, caseId, "Draft objectives"), objectives("Lead a phonics group"))).isEqualTo(204);
        return caseId;
    }

    private Object[] interimReview(Object... more) {
        return append(new Object[] {"interimHeldOn", today.toString(), "progress1", "On track", "changesNeeded", more.length > 0 ? "YES" : "NO",
                "interimSummary", "Good progress"}, more);
    }

    private long appraisalId(String staffId) {
        return jdbc.sql("select id from appraisal where staff_id = ? and period_label = ?").params(staffId, period.label())
                .query(Long.class).single();
    }

    private String record(String staffId, String column) {
        return jdbc.sql("select " + column + " from appraisal where id = ?").param(appraisalId(staffId)).query(String.class).single();
    }

    private List<String> notificationsOf(String user) {
        return list(user, "/api/notifications").stream().map(n -> (String) n.get("subject")).toList();
    }
}
