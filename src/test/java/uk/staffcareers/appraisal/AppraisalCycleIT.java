package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.staffcareers.appraisal.AppraisalFormFields.append;
import static uk.staffcareers.appraisal.AppraisalFormFields.objectives;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.DemoTrust;

/**
 * One teaching assistant's whole appraisal year through the REST calls Tasklist makes, as the demo users, on a fixed
 * day of the year (the engine's clock, which is also the application's "today"): with the wall clock the meeting booked
 * for tomorrow fell outside the year on 31 August.
 */
class AppraisalCycleIT extends IntegrationTest {

    private final LocalDate today = LocalDate.of(2027, 1, 11);
    private final AppraisalPeriod period = AppraisalPeriod.containing(today);
    private final String key = period.businessKey("E2005");
    @Autowired
    SchoolCalendars calendars;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void graceKimsYearFromLaunchToAppeal() throws Exception {
        // Launch: the headteacher for her school, once; not for another school; an early career teacher is left out.
        ResponseEntity<Map> launched = as("david.marsh").postForEntity("/api/appraisals/launch", Map.of("scope", "SCHOOL", "target", "riverside"), Map.class);
        assertThat(launched.getStatusCode().value()).isEqualTo(200);
        // Another test may have started some of Riverside's cases already: together they are the school's, and a second
        // launch starts none of them again.
        int cases = (Integer) launched.getBody().get("started") + (Integer) launched.getBody().get("alreadyStarted");
        assertThat(cases).isGreaterThanOrEqualTo(8);
        assertThat(as("david.marsh").postForEntity("/api/appraisals/launch", Map.of("scope", "SCHOOL", "target", "riverside"), Map.class)
                .getBody()).containsEntry("started", 0).containsEntry("alreadyStarted", cases);
        assertThat(post("david.marsh", "/api/appraisals/launch", Map.of("scope", "SCHOOL", "target", "oakfield")).getStatusCode().value()).isEqualTo(403);
        Map<String, Object> ect = as("kate.morgan").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1009"),
                Map.class).getBody();
        assertThat(ect).containsEntry("started", 0);
        assertThat(ect.get("leftOut").toString()).contains("Emma Price", "induction");
        String caseId = (String) list("kate.morgan", "/engine-rest/process-instance?businessKey=" + key).get(0).get("id");

        // The headteacher chooses the appraiser; the line manager is proposed.
        String choose = taskFor("david.marsh", caseId, "Choose the appraiser");
        Map<String, Object> vars = as("david.marsh").getForObject("/engine-rest/task/" + choose + "/form-variables", Map.class);
        assertThat(((Map<String, Object>) vars.get("appraiserStaffId")).get("value")).isEqualTo("E2003");
        assertThat(submit("david.marsh", choose, "appraiserStaffId", "E1002")).as("another school's teacher").isEqualTo(400);
        assertThat(submit("david.marsh", choose, "appraiserStaffId", "E2003")).isEqualTo(204);

        // Objectives: drafted, disagreed, determined; the disagreement stays on record.
        String draft = taskFor("omar.farouk", caseId, "Draft objectives");
        // The appraiser sees the expectations of her career stage and level (policy Appendix B) as the objectives are drafted.
        Map<String, Object> guidance = (Map<String, Object>) as("omar.farouk").getForObject("/engine-rest/task/" + draft
                + "/form-variables", Map.class).get("objectiveGuidance");
        assertThat((String) guidance.get("value")).contains("Expectations at Proficient 2", "*Personal and professional conduct*",
                "Demonstrate effective practice to other colleagues");
        assertThat(submit("omar.farouk", draft, "objective1", "Lead phonics interventions")).as("no success criteria").isEqualTo(400);
        assertThat(submit("omar.farouk", draft, objectives("Lead phonics interventions for Year 1"))).isEqualTo(204);
        String agree = taskFor("grace.kim", caseId, "Agree objectives");
        Map<String, Object> note = (Map<String, Object>) as("grace.kim").getForObject("/engine-rest/task/" + agree
                + "/form-variables", Map.class).get("developmentObjectiveNote");
        assertThat((String) note.get("value")).startsWith("**None of these is a professional-development objective.**");
        assertThat(submit("grace.kim", agree, "agreement", "DISAGREE")).as("no reason").isEqualTo(400);
        assertThat(submit("grace.kim", agree, "agreement", "DISAGREE", "objection", "Two groups are too many with my hours")).isEqualTo(204);
        String settle = taskFor("omar.farouk", caseId, "Revise or determine the objectives");
        Object[] determined = append(objectives("Lead phonics interventions for two Year 1 groups"),
                "objectivesSettlement", "DETERMINE", "settlementNote", "The groups are timetabled within her hours");
        assertThat(submit("omar.farouk", settle, determined)).isEqualTo(204);

        // Through the year: an observation (not in the future), a concern that starts its own linked case.
        String inYear = taskFor("omar.farouk", caseId, "Record evidence, observations and changes");
        assertThat(submit("omar.farouk", inYear, "inYearAction", "OBSERVATION", "entryDate", today.plusDays(3).toString(),
                "focus", "Phonics group", "feedback", "Good pace")).isEqualTo(400);
        assertThat(submit("omar.farouk", inYear, "inYearAction", "OBSERVATION", "entryDate", today.toString(),
                "focus", "Phonics group", "feedback", "Good pace; check blending")).isEqualTo(204);
        inYear = taskFor("omar.farouk", caseId, "Record evidence, observations and changes");
        assertThat(submit("omar.farouk", inYear, "inYearAction", "RAISE_CONCERN", "concernDescription", "Records of interventions missing"))
                .isEqualTo(204);
        List<Map<String, Object>> concerns = list("kate.morgan", "/engine-rest/process-instance?processDefinitionKey=performance-concern"
                + "&variables=staffId_eq_E2005");
        assertThat(concerns).hasSize(1);
        Map<String, Object> link = as("kate.morgan").getForObject("/engine-rest/process-instance/" + concerns.get(0).get("id")
                + "/variables/appraisalRef", Map.class);
        assertThat(link.get("value")).isEqualTo(key);
        assertThat(get("rachel.green", "/engine-rest/process-instance/" + caseId).getStatusCode().value()).as("a colleague").isIn(403, 404);

        // The interim review: only the appraiser, on a date within the period; the employee comments.
        String interim = taskFor("omar.farouk", caseId, "Hold the interim review");
        assertThat(submit("david.marsh", interim, "interimHeldOn", today.toString())).as("not the appraiser").isIn(403, 404);
        assertThat(submit("omar.farouk", interim, "interimHeldOn", period.start().minusDays(1).toString(), "progress1", "On track",
                "changesNeeded", "NO", "interimSummary", "Good progress")).isEqualTo(400);
        assertThat(submit("omar.farouk", interim, "interimHeldOn", today.toString(), "progress1", "On track", "changesNeeded", "NO",
                "interimSummary", "Good progress with both groups")).isEqualTo(204);
        assertThat(submit("grace.kim", taskFor("grace.kim", caseId, "Comment on the interim review"),
                "interimEmployeeComments", "Thank you")).isEqualTo(204);

        // The annual assessment opens near the period's end.
        runJob(caseId, "Event_AnnualAssessmentDue");
        String invite = taskFor("omar.farouk", caseId, "Invite to the annual assessment meeting");
        assertThat(submit("omar.farouk", invite, "meetingDate", period.end().plusDays(1).toString(), "meetingTime", "15:45",
                "meetingPlace", "Room 4")).as("outside the period").isEqualTo(400);
        assertThat(submit("omar.farouk", invite, "meetingDate", today.plusDays(1).toString(), "meetingTime", "15:45",
                "meetingPlace", "Room 4")).isEqualTo(204);
        assertThat(submit("grace.kim", taskFor("grace.kim", caseId, "Add your evidence and aspirations"),
                "employeeEvidence", "Phonics check results up 12 points", "aspirations", "Become an HLTA")).isEqualTo(204);
        assertThat(submit("omar.farouk", taskFor("omar.farouk", caseId, "Assess the year"), "outcome1", "PARTLY_MET",
                "outcomeComment1", "One group only from January", "appraiserEvidence", "Two observations, phonics data",
                "standardsAssessment", "Meets the Proficient 2 expectations", "cpdNeeds", "Level 3 Supporting Teaching and Learning",
                "recommendedAction", "Enrol in September")).isEqualTo(204);
        String recommend = taskFor("omar.farouk", caseId, "Recommend pay");
        assertThat(submit("omar.farouk", recommend, "payRecommendation", "PROGRESSION")).as("no reasons").isEqualTo(400);
        assertThat(submit("omar.farouk", recommend, "payRecommendation", "PROGRESSION", "payReasons", "Objectives substantially met"))
                .isEqualTo(204);

        // The written report, then re-issued with the employee's comments.
        String comment = taskFor("grace.kim", caseId, "Read the report and add your comments");
        long reportId = ((Number) ((Map<String, Object>) as("grace.kim").getForObject("/engine-rest/task/" + comment + "/form-variables",
                Map.class).get("reportId")).get("value")).longValue();
        assertThat(pdf("grace.kim", reportId)).contains("Appraisal report " + period.label(), "Grace Kim",
                "Objective 1: Lead phonics interventions for two Year 1 groups", "Partly met", "Two groups are too many",
                "Meets the Proficient 2 expectations", "Level 3 Supporting Teaching and Learning", "Pay progression",
                "Objectives substantially met", "Good progress with both groups");
        assertThat(get("rachel.green", "/api/documents/" + reportId).getStatusCode().value()).isEqualTo(404);
        assertThat(submit("grace.kim", comment, "reportComments", "I led both groups from March")).isEqualTo(204);
        long reissued = ((Number) list("grace.kim", "/api/staff/E2005/documents").stream()
                .filter(d -> "APPRAISAL_REPORT".equals(d.get("kind"))).findFirst().orElseThrow().get("id")).longValue();
        assertThat(pdf("grace.kim", reissued)).contains("I led both groups from March", "version 2");

        // The pay decision, in writing; an appeal within the window.
        String decide = taskFor("david.marsh", caseId, "Decide pay");
        assertThat(submit("david.marsh", decide, "payDecision", "NO_PROGRESSION", "payDecisionReasons", "Budget")).isEqualTo(204);
        Map<String, Object> letter = list("grace.kim", "/api/staff/E2005/documents").stream()
                .filter(d -> "PAY_DECISION".equals(d.get("kind"))).findFirst().orElseThrow();
        assertThat(pdf("grace.kim", ((Number) letter.get("id")).longValue())).contains("No pay progression", "right of appeal");
        String appeal = taskFor("grace.kim", caseId, "Appeal the pay decision or accept it");
        assertThat(submit("grace.kim", appeal, "appealChoice", "APPEAL")).as("no grounds").isEqualTo(400);
        assertThat(submit("grace.kim", appeal, "appealChoice", "APPEAL", "appealGrounds", "The recommendation was progression")).isEqualTo(204);
        walkThePayAppealsTwoStages(caseId);

        assertThat(get("david.marsh", "/engine-rest/history/process-instance/" + caseId).getBody()).contains("\"state\":\"COMPLETED\"");
        assertThat(list("kate.morgan", "/engine-rest/process-instance?processDefinitionKey=development-plan&variables=staffId_eq_E2005"))
                .as("her CPD needs start a development plan").hasSize(1);
    }

    /**
     * The pay policy's two stages: the headteacher who decided reviews the appeal (meeting, written answer), then
     * a formal hearing by a panel not involved before, with notice and a companion; each with its letter.
     */
    private void walkThePayAppealsTwoStages(String caseId) throws Exception {
        String review = taskFor("david.marsh", caseId, "Review the pay decision with the employee");
        assertThat(submit("omar.farouk", review, "payReviewHeldOn", today.toString(), "payReviewOutcome", "UPHELD",
                "payReviewReasons", "Agreed")).as("the appraiser did not decide").isIn(403, 404);
        assertThat(submit("david.marsh", review, "payReviewHeldOn", today.plusDays(1).toString(), "payReviewOutcome", "NOT_UPHELD",
                "payReviewReasons", "The budget allows none")).as("a meeting not yet held").isEqualTo(400);
        assertThat(submit("david.marsh", review, "payReviewHeldOn", today.toString(), "payReviewPresent", "E2008",
                "payReviewOutcome", "NOT_UPHELD", "payReviewReasons", "The budget allows no progression this year")).isEqualTo(204);
        assertThat(pdf("grace.kim", documentOf("PAY_REVIEW_OUTCOME"))).contains("Reviewed by", "David Marsh",
                "The budget allows no progression this year", "not upheld", "formal appeal hearing");

        String ask = taskFor("grace.kim", caseId, "Ask for a formal appeal hearing or accept the answer");
        assertThat(submit("grace.kim", ask, "hearingChoice", "HEARING")).as("no grounds").isEqualTo(400);
        assertThat(submit("grace.kim", ask, "hearingChoice", "HEARING", "hearingGrounds", "The report recommends progression"))
                .isEqualTo(204);

        String invite = taskFor("kate.morgan", caseId, "Invite to the pay appeal hearing");
        LocalDate hearingDay = calendars.forTrust(DemoTrust.TRUST).after(today, 5);
        ResponseEntity<String> involved = post("kate.morgan", "/engine-rest/task/" + invite + "/submit-form", variables("hearingDate",
                hearingDay.toString(), "hearingTime", "15:30", "hearingPlace", "Trust office", "hearingPanel", "E2003, E2008, E2002"));
        assertThat(involved.getStatusCode().value()).isEqualTo(400);
        assertThat(involved.getBody()).contains("Omar Farouk (the appraiser)", "Paul Young (present at the review)")
                .doesNotContain("Rachel Green");
        assertThat(submit("kate.morgan", invite, "hearingDate", today.toString(), "hearingTime", "15:30", "hearingPlace", "Trust office",
                "hearingPanel", "E2002, E2006")).as("without notice").isEqualTo(400);
        assertThat(submit("kate.morgan", invite, "hearingDate", hearingDay.toString(), "hearingTime", "15:30",
                "hearingPlace", "Trust office", "hearingPanel", "E2002, E2006")).isEqualTo(204);
        long invitation = documentOf("PAY_APPEAL_INVITATION");
        assertThat(pdf("grace.kim", invitation)).contains(WorkingDays.spoken(hearingDay), "Rachel Green, Chris Dunn",
                "trade union representative or a work colleague");
        assertThat(get("rachel.green", "/api/documents/" + invitation).getStatusCode().value()).as("on the panel").isEqualTo(200);
        assertThat(get("lucy.ward", "/api/documents/" + invitation).getStatusCode().value()).as("a colleague").isEqualTo(404);

        String outcome = taskFor("kate.morgan", caseId, "Record the appeal hearing's outcome");
        Object[] upheld = {"appealCompanion", "TRADE_UNION", "appealCompanionName", "Sam Ellis, UNISON", "appealOutcome", "UPHELD",
                "appealNotes", "The report supports progression"};
        assertThat(submit("kate.morgan", outcome, upheld)).as("before the hearing").isEqualTo(400);
        try {
            ClockUtil.setCurrentTime(Date.from(hearingDay.atTime(17, 0).atZone(SchoolTime.ZONE).toInstant()));
            assertThat(submit("kate.morgan", outcome, "appealCompanion", "TRADE_UNION", "appealOutcome", "UPHELD",
                    "appealNotes", "The report supports progression")).as("the companion's name").isEqualTo(400);
            assertThat(submit("kate.morgan", outcome, upheld)).isEqualTo(204);
        } finally {
            moveClockTo(today);
        }
        assertThat(pdf("grace.kim", documentOf("PAY_APPEAL_OUTCOME"))).contains("The appeal is upheld", "Sam Ellis, UNISON",
                "(trade union representative)", "Rachel Green, Chris Dunn", "The report supports progression");
    }

    private long documentOf(String kind) {
        return ((Number) list("grace.kim", "/api/staff/E2005/documents").stream().filter(d -> kind.equals(d.get("kind")))
                .findFirst().orElseThrow().get("id")).longValue();
    }

    @Test
    void aTeacherIsObservedOnlyBySomeoneWithQts() {
        as("kate.morgan").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", "E1003"), Map.class);
        String caseId = (String) list("kate.morgan", "/engine-rest/process-instance?businessKey=" + period.businessKey("E1003")).get(0).get("id");
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Choose the appraiser"), "appraiserStaffId", "E1002")).isEqualTo(204);
        assertThat(submit("tom.bennett", taskFor("tom.bennett", caseId, "Draft objectives"), objectives("Raise Year 4 writing"))).isEqualTo(204);
        assertThat(submit("priya.shah", taskFor("priya.shah", caseId, "Agree objectives"), "agreement", "AGREE")).isEqualTo(204);
        String inYear = taskFor("tom.bennett", caseId, "Record evidence, observations and changes");
        ResponseEntity<String> refused = post("tom.bennett", "/engine-rest/task/" + inYear + "/submit-form", variables("inYearAction",
                "OBSERVATION", "entryDate", today.toString(), "observerStaffId", "E1004", "focus", "Writing", "feedback", "Clear"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("Amy Hughes does not hold QTS");
        assertThat(submit("tom.bennett", inYear, "inYearAction", "OBSERVATION", "entryDate", today.toString(), "focus", "Writing",
                "feedback", "Clear modelling")).isEqualTo(204);

        // History keeps each variable's last value and who did what, but no row per update or form field.
        assertThat(list("admin", "/engine-rest/history/variable-instance?processInstanceId=" + caseId))
                .extracting(v -> v.get("name")).contains("appraiserStaffId", "agreement", "inYearAction");
        assertThat(list("admin", "/engine-rest/history/user-operation?processInstanceId=" + caseId + "&operationType=Complete"))
                .extracting(o -> o.get("userId")).contains("helen.carter", "tom.bennett", "priya.shah");
        assertThat(list("admin", "/engine-rest/history/detail?processInstanceId=" + caseId)).isEmpty();
    }
}
