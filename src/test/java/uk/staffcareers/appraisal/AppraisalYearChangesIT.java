package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Changes to a running appraisal year over REST as the demo users: the appraiser leaves and the headteacher
 * appoints another, who takes over the open task; a long absence extends the period and moves the annual
 * assessment; a mid-year starter's period starts on their first day. Jo Pritchard's and Mark Ellis's
 * appraisals, and a new starter's, are this test's alone.
 */
class AppraisalYearChangesIT extends IntegrationTest {

    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    // A Wednesday in the autumn term: the mid-year starter's first day (1 November) has come, and the year's end, which
    // the long absence moves, is months away.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    private final AppraisalPeriod period = AppraisalPeriod.containing(today);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory directory;
    @Autowired
    PolicySettings policies;
    @Autowired
    SchoolCalendars calendars;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tomBennettLeavesAndPriyaShahTakesOverJoPritchardsAppraisal() {
        String key = period.businessKey("E1007");
        String caseId = launch("E1007");
        Map<String, Object> appoint = Map.of("appraiserStaffId", "E1003", "reason", "Tom Bennett has left the school");

        ResponseEntity<String> tooSoon = post("helen.carter", appraiserPath(key), appoint);
        assertThat(tooSoon.getStatusCode().value()).isEqualTo(409);
        assertThat(tooSoon.getBody()).contains("choose the appraiser first");
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Choose the appraiser"), "appraiserStaffId", "E1002"))
                .isEqualTo(204);
        String draft = taskFor("tom.bennett", caseId, "Draft objectives");

        // Nobody but the headteacher: 403 within the school and for the central team, 404 (as for no such case) elsewhere.
        assertThat(post("tom.bennett", appraiserPath(key), appoint).getStatusCode().value()).isEqualTo(403);
        assertThat(post("kate.morgan", appraiserPath(key), appoint).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> otherSchool = post("david.marsh", appraiserPath(key), appoint);
        ResponseEntity<String> noSuchCase = post("david.marsh", appraiserPath(period.businessKey("E9999")), appoint);
        assertThat(otherSchool.getStatusCode().value()).isEqualTo(404);
        assertThat(otherSchool.getBody()).isEqualTo(noSuchCase.getBody().replace("E9999", "E1007"));
        assertThat(post("helen.carter", appraiserPath(key), Map.of("appraiserStaffId", "E1003")).getStatusCode().value())
                .as("no reason").isEqualTo(400);
        assertThat(post("helen.carter", appraiserPath(key), Map.of("appraiserStaffId", "E2003", "reason", "Left"))
                .getStatusCode().value()).as("another school's teacher").isEqualTo(400);
        assertThat(taskAssignee(draft)).as("nothing changed").isEqualTo("tom.bennett");

        int priyasNotices = list("priya.shah", "/api/notifications").size();
        Map<String, Object> appointed = as("helen.carter").postForObject(appraiserPath(key), appoint, Map.class);
        assertThat(appointed).containsEntry("appraiser", "Priya Shah").containsEntry("previousAppraiser", "Tom Bennett")
                .containsEntry("tasksReassigned", 1);

        // The open task is hers now, and only hers; she reads the case, he no longer does.
        assertThat(taskAssignee(draft)).isEqualTo("priya.shah");
        assertThat(get("tom.bennett", "/engine-rest/task/" + draft).getStatusCode().value()).isIn(403, 404);
        assertThat(submit("tom.bennett", draft, objectives())).as("the old appraiser").isIn(403, 404);
        assertThat(get("tom.bennett", "/engine-rest/process-instance/" + caseId).getStatusCode().value()).isIn(403, 404);
        assertThat(get("priya.shah", "/engine-rest/process-instance/" + caseId).getStatusCode().value()).isEqualTo(200);
        assertThat(as("helen.carter").getForObject("/engine-rest/process-instance/" + caseId + "/variables/appraiserName", Map.class))
                .containsEntry("value", "Priya Shah");
        assertThat(list("priya.shah", "/api/notifications")).hasSize(priyasNotices + 1)
                .anySatisfy(n -> assertThat(n.get("subject")).isEqualTo("You now appraise Jo Pritchard"));
        assertThat(list("jo.pritchard", "/api/notifications")).extracting(n -> n.get("subject")).contains("Your appraiser is now Priya Shah");
        assertThat(jdbc.sql("select concat(from_appraiser, '>', to_appraiser, ' by ', changed_by, ': ', reason) from appraisal_appraiser_change c "
                + "join appraisal a on a.id = c.appraisal_id where a.staff_id = 'E1007' and a.period_label = ?").param(period.label())
                .query(String.class).list()).containsExactly("tom.bennett>priya.shah by helen.carter: Tom Bennett has left the school");

        assertThat(submit("priya.shah", draft, objectives())).isEqualTo(204);
        assertThat(taskFor("jo.pritchard", caseId, "Agree objectives")).isNotNull();
        assertThat(post("helen.carter", appraiserPath(key), appoint).getStatusCode().value()).as("already hers").isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void markEllissLongAbsenceExtendsThePeriodAndMovesTheAnnualAssessment() {
        String key = period.businessKey("E1008");
        String caseId = launch("E1008");
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Choose the appraiser"), "appraiserStaffId", "E1003"))
                .isEqualTo(204);
        assertThat(submit("priya.shah", taskFor("priya.shah", caseId, "Draft objectives"), objectives())).isEqualTo(204);
        assertThat(submit("mark.ellis", taskFor("mark.ellis", caseId, "Agree objectives"), "agreement", "AGREE")).isEqualTo(204);
        assertThat(submit("priya.shah", taskFor("priya.shah", caseId, "Hold the interim review"), "interimHeldOn", today.toString(),
                "progress1", "On track", "changesNeeded", "NO", "interimSummary", "Good progress")).isEqualTo(204);
        assertThat(submit("mark.ellis", taskFor("mark.ellis", caseId, "Comment on the interim review"), "interimEmployeeComments",
                "Agreed")).isEqualTo(204);
        String inYear = taskFor("priya.shah", caseId, "Record evidence, observations and changes");
        assertThat(timerDue(caseId)).isEqualTo(opening(period.end()));
        assertThat(taskDue(inYear)).isEqualTo(period.end());

        LocalDate newEnd = period.end().plusMonths(3).plusDays(17);
        Map<String, Object> extend = Map.of("newPeriodEnd", newEnd.toString(), "reason", "Maternity leave");
        assertThat(post("priya.shah", extensionPath(key), extend).getStatusCode().value()).as("the appraiser").isEqualTo(403);
        assertThat(post("david.marsh", extensionPath(key), extend).getStatusCode().value()).as("another school").isEqualTo(404);
        ResponseEntity<String> tooLong = post("helen.carter", extensionPath(key), Map.of("newPeriodEnd",
                period.end().plusMonths(12).plusDays(1).toString(), "reason", "Maternity leave"));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody()).contains("at most 12 months");
        assertThat(timerDue(caseId)).as("nothing changed").isEqualTo(opening(period.end()));

        Map<String, Object> extended = as("helen.carter").postForObject(extensionPath(key), extend, Map.class);
        assertThat(extended).containsEntry("periodEnd", newEnd.toString()).containsEntry("previousPeriodEnd", period.end().toString())
                .containsEntry("annualAssessmentOpens", opening(newEnd).toString()).containsEntry("annualAssessmentTimerMoved", true)
                .containsEntry("tasksRedated", 1);
        assertThat(timerDue(caseId)).isEqualTo(opening(newEnd)).isAfter(opening(period.end()));
        assertThat(taskDue(inYear)).isEqualTo(newEnd);
        assertThat(as("helen.carter").getForObject("/engine-rest/process-instance/" + caseId + "/variables/periodEnd", Map.class))
                .containsEntry("value", newEnd.toString());
        assertThat(jdbc.sql("select concat(period_end, ' ', original_period_end, ' ', period_extension_reason) from appraisal "
                + "where staff_id = 'E1008' and period_label = ?").param(period.label()).query(String.class).single())
                .isEqualTo(newEnd + " " + period.end() + " Maternity leave");
        assertThat(list("mark.ellis", "/api/notifications")).extracting(n -> n.get("subject"))
                .contains("Your appraisal period now ends on " + WorkingDays.spoken(newEnd));

        // When the timer fires, the annual assessment's tasks are due at the new end.
        runJob(caseId, AppraisalChangesProcess.ANNUAL_ASSESSMENT_DUE);
        String invite = taskFor("priya.shah", caseId, "Invite to the annual assessment meeting");
        assertThat(taskDue(invite)).isEqualTo(newEnd);
        assertThat(formValue("priya.shah", invite, "periodEndText")).as("the form says the new end").isEqualTo(WorkingDays.spoken(newEnd));
    }

    @Test
    void aMidYearStartersPeriodStartsOnTheirFirstDayAndTheirDeadlinesFollow() {
        LocalDate firstDay = period.start().plusMonths(2);
        directory.save(new StaffMember("E1091", "nia.evans", "Nia", "Evans", "nia.evans@lt2.example.org", DemoTrust.TRUST,
                DemoTrust.OAKFIELD, Role.TEACHING_ASSISTANT, null, null, ContractType.PERMANENT, null, firstDay, "E1002", false, false, null));
        String caseId = launch("E1091");

        assertThat(variable(caseId, "periodStart")).isEqualTo(firstDay.toString());
        String choose = taskFor("helen.carter", caseId, "Choose the appraiser");
        assertThat(formValue("helen.carter", choose, "periodStartText")).isEqualTo(WorkingDays.spoken(firstDay));
        assertThat(jdbc.sql("select period_start from appraisal where staff_id = 'E1091'").query(LocalDate.class).single()).isEqualTo(firstDay);
        var policy = policies.forTrust(DemoTrust.TRUST);
        var days = calendars.forTrust(DemoTrust.TRUST);
        // The interim review at the mid-point of her own period, not of the academic year.
        LocalDate midPoint = firstDay.plusDays(java.time.temporal.ChronoUnit.DAYS.between(firstDay, period.end()) / 2);
        assertThat(dateOf(variable(caseId, "interimDueAt"))).isEqualTo(days.onOrAfter(midPoint));
        // The objectives: the trust's late-start weeks after the later of today and her first day, or 31 October if later.
        LocalDate from = firstDay.isAfter(today) ? firstDay : today;
        LocalDate expected = from.plusWeeks(policy.lateStartObjectivesWeeks());
        LocalDate policyDay = policy.objectivesDeadline().atYear(period.start().getYear());
        assertThat(formValue("helen.carter", choose, "objectivesDueText")).isEqualTo(WorkingDays.spoken(expected.isAfter(policyDay) ? expected : policyDay));
    }

    private String launch(String staffId) {
        assertThat(as("helen.carter").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", staffId), Map.class)
                .getBody()).containsEntry("started", 1);
        return (String) list("kate.morgan", "/engine-rest/process-instance?businessKey=" + period.businessKey(staffId)).get(0).get("id");
    }

    /** The business key as it is: APPRAISAL-2026/27-E1007 fills two path segments. */
    private static String appraiserPath(String key) {
        return "/api/appraisals/" + key + "/appraiser";
    }

    private static String extensionPath(String key) {
        return "/api/appraisals/" + key + "/extension";
    }

    private static Object[] objectives() {
        return new Object[] {"objective1", "Keep the school's budget forecast monthly", "criteria1", "Twelve forecasts on time",
                "assessment1", "The forecasts", "developmentObjective", "NONE"};
    }

    @SuppressWarnings("unchecked")
    private String taskAssignee(String taskId) {
        return (String) as("helen.carter").getForObject("/engine-rest/task/" + taskId, Map.class).get("assignee");
    }

    @SuppressWarnings("unchecked")
    private LocalDate taskDue(String taskId) {
        return dateOf((String) as("helen.carter").getForObject("/engine-rest/task/" + taskId, Map.class).get("due"));
    }

    private LocalDate timerDue(String caseId) {
        var jobs = list("admin", "/engine-rest/job?processInstanceId=" + caseId + "&activityId=" + AppraisalChangesProcess.ANNUAL_ASSESSMENT_DUE);
        assertThat(jobs).hasSize(1);
        return dateOf((String) jobs.get(0).get("dueDate"));
    }

    /** When the annual assessment opens for a period ending then: the trust's lead weeks before, on a school day. */
    private LocalDate opening(LocalDate end) {
        return AppraisalDates.annualOpens(end, policies.forTrust(DemoTrust.TRUST), calendars.forTrust(DemoTrust.TRUST), today);
    }

    @SuppressWarnings("unchecked")
    private String variable(String caseId, String name) {
        return String.valueOf(as("helen.carter").getForObject("/engine-rest/process-instance/" + caseId + "/variables/" + name, Map.class)
                .get("value"));
    }

    private static LocalDate dateOf(String restDate) {
        return OffsetDateTime.parse(restDate, REST_DATE).atZoneSameInstant(SchoolTime.ZONE).toLocalDate();
    }
}
