package uk.staffcareers.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.mail.MailKind;
import uk.staffcareers.mail.Outbox;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.StaffMember;

/**
 * The retention schedule over one teaching assistant of the test's own (Nia Rees, E1200): her withdrawn HLTA candidacy
 * (over REST), and her completed appraisal, dismissal case and development plan (seeded as their processes leave
 * them) are deleted whole once six years have passed, with their documents, notifications, mail and engine history;
 * her open candidacy, her appraisal under appeal and her capability case at appeal are untouched. The run is kept to her:
 * other tests' finished cases in the shared database are old enough too once the clock has moved years ahead.
 */
class RetentionIT extends IntegrationTest {

    private static final String FINISHED = "HLTA-E1200-1";
    private static final String OPEN = "HLTA-E1200-2";
    private static final String COMPLETED_APPRAISAL = "APPRAISAL-2025/26-E1200";

    @Autowired
    private Retention retention;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Notifications notifications;
    @Autowired
    private Outbox outbox;
    @Autowired
    private RetentionRuns runs;
    @Autowired
    private ProcessEngineConfigurationImpl engine;

    @Test
    @SuppressWarnings("unchecked")
    void finishedCasesGoWholeAfterTheirTimeAndOpenOrAppealedOnesStay() {
        StaffMember nia = newTeachingAssistant("E1200", "Nia", "Rees", DemoTrust.OAKFIELD, "E1002");
        moveClockToNoon(LocalDate.of(2027, 1, 11));
        String finishedCase = startCandidacy(nia);
        assertThat(post(nia.username(), "/api/hlta/candidacies/" + FINISHED + "/withdrawal", Map.of("reason", "Not this year"))
                .getStatusCode().value()).isEqualTo(200);
        String openCase = startCandidacy(nia);
        String closedConcern = concernClosedAfterReview(nia);
        jdbc.sql("""
                insert into document (kind, staff_id, case_ref, title, version, content, issued_by, issued_at)
                values ('HLTA_FEEDBACK', 'E1200', ?, 'Feedback', 1, ?, 'mark.ellis', ?)""")
                .params(FINISHED, new byte[] {1}, LocalDateTime.of(2027, 1, 11, 12, 0)).update();
        long completed = appraisal("2025/26", LocalDate.of(2026, 8, 31), "COMPLETED");
        jdbc.sql("""
                insert into appraisal_objective (appraisal_id, slot, version, objective, success_criteria, assessed_by,
                  professional_development, set_by, set_at) values (?, 1, 1, 'Lead phonics', 'All pupils', 'Observation', false, 'tom.bennett', ?)""")
                .params(completed, LocalDateTime.of(2025, 10, 1, 9, 0)).update();
        long appealed = appraisal("2026/27", LocalDate.of(2027, 8, 31), "APPEAL_HEARING");
        long dismissed = concern("CAPABILITY", "DISMISSED");
        jdbc.sql("""
                insert into capability_meeting_move (case_id, meeting, requested_by, reason, moved_from, moved_to, requested_at)
                select id, 'FORMAL', 'nia.rees', 'A hospital appointment', opened_at, opened_at, opened_at from capability_case where concern_id = ?""")
                .param(dismissed).update();
        long atAppeal = concern("CAPABILITY", "APPEAL");
        jdbc.sql("""
                insert into development_plan (staff_id, trigger_kind, need, raised_by, raised_at, status, evaluated_at)
                values ('E1200', 'OWN_REQUEST', 'Phonics training', 'nia.rees', ?, 'EVALUATED', ?)""")
                .params(LocalDateTime.of(2026, 9, 1, 9, 0), LocalDateTime.of(2027, 1, 11, 9, 0)).update();
        notifications.send(nia.username(), "Your appraisal report", "It is in your documents.", COMPLETED_APPRAISAL);
        notifications.send(nia.username(), "Welcome", "A note of no case.", null);
        outbox.add(nia.email(), "Your appraisal report", "It is in your documents.", COMPLETED_APPRAISAL, MailKind.ASSIGNMENT);
        outbox.add(nia.email(), "Welcome", "A mail of no case, sent long ago.", null, MailKind.ASSIGNMENT);
        jdbc.sql("update mail_outbox set sent_at = created_at where subject = 'Welcome' and recipient = ?").param(nia.email()).update();
        int openCaseMail = count("mail_outbox where case_ref = ?", OPEN);
        assertThat(count("notification where case_ref = ?", FINISHED)).as("the withdrawal was told").isPositive();

        // Six years and more later: the finished cases have passed their time, not the open one nor the appeal.
        moveClockToNoon(LocalDate.of(2033, 9, 1));
        notifications.send(nia.username(), "Recent", "A note sent today.", null);
        RetentionRun run = retention.run(new Scope(DemoTrust.TRUST, Set.of("E1200")), "kate.morgan");

        assertThat(run.hltaCandidacies()).isEqualTo(1);
        assertThat(run.appraisals()).isEqualTo(1);
        assertThat(run.concerns()).isEqualTo(2);
        assertThat(run.capabilityCases()).isEqualTo(1);
        assertThat(run.developmentPlans()).isEqualTo(1);
        assertThat(run.documents()).as("the feedback, and the written record of the meeting in two versions").isEqualTo(3);
        assertThat(run.caseHistories()).as("the withdrawn candidacy and the closed concern").isEqualTo(2);
        assertThat(run.summary()).startsWith("Deleted 1 appraisals, 2 performance concerns with 1 capability cases, 1 HLTA candidacies");
        assertThat(count("hlta_candidacy where reference = ?", FINISHED)).isZero();
        assertThat(count("document where case_ref = ?", FINISHED)).isZero();
        assertThat(count("notification where case_ref in (?, ?)", FINISHED, COMPLETED_APPRAISAL)).isZero();
        assertThat(count("notification where subject = 'Welcome' and recipient = ?", nia.username())).as("a year old").isZero();
        assertThat(count("notification where subject = 'Recent' and recipient = ?", nia.username())).isOne();
        assertThat(count("mail_outbox where case_ref in (?, ?)", FINISHED, COMPLETED_APPRAISAL)).isZero();
        assertThat(count("mail_outbox where subject = 'Welcome' and recipient = ?", nia.email())).as("sent 90 days ago and more").isZero();
        assertThat(count("mail_outbox where case_ref = ?", OPEN)).as("the open case's mail").isEqualTo(openCaseMail);
        assertThat(count("appraisal where id = ?", completed)).isZero();
        assertThat(count("appraisal_objective where appraisal_id = ?", completed)).isZero();
        assertThat(list("admin", "/engine-rest/history/process-instance?processInstanceId=" + finishedCase)).isEmpty();
        assertThat(list("admin", "/engine-rest/history/process-instance?processInstanceId=" + closedConcern)).isEmpty();
        assertThat(list("admin", "/engine-rest/history/task?processInstanceId=" + closedConcern)).isEmpty();
        assertThat(count("document where staff_id = 'E1200'")).isZero();
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).as("the engine's own clean-up, the same night").isEqualTo("01:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:00");
        assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");

        assertThat(count("hlta_candidacy where reference = ?", OPEN)).as("the open candidacy").isOne();
        assertThat(get("admin", "/engine-rest/process-instance/" + openCase).getBody()).contains(OPEN);
        assertThat(count("appraisal where id = ?", appealed)).as("the appraisal under appeal").isOne();
        assertThat(count("performance_concern where id = ?", dismissed)).isZero();
        assertThat(count("capability_case where concern_id = ?", dismissed)).isZero();
        assertThat(count("capability_meeting_move where case_id not in (select id from capability_case)")).isZero();
        assertThat(count("capability_case where concern_id = ? and status = 'APPEAL'", atAppeal)).as("the capability case under appeal").isOne();
        assertThat(count("development_plan where staff_id = 'E1200'")).isZero();

        // The run is on record for the central team, who alone see and start it.
        Map<String, Object> schedule = as("kate.morgan").getForObject("/api/retention", Map.class);
        assertThat(schedule).containsEntry("appraisalRetentionYears", 6).containsEntry("sentMailRetentionDays", 90);
        assertThat((Map<String, Object>) schedule.get("lastRun")).containsEntry("id", (int) run.id())
                .containsEntry("hltaCandidacies", 1);
        // An administrator names the trust when the installation has several (the launch tests add one of their own).
        assertThat(get("admin", "/api/retention?trustId=" + DemoTrust.TRUST).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> headteacher = get("helen.carter", "/api/retention");
        assertThat(headteacher.getStatusCode().value()).isEqualTo(403);
        assertThat(headteacher.getBody()).contains("Only the trust's central team");
        assertThat(post(nia.username(), "/api/retention/run", Map.of()).getStatusCode().value()).isEqualTo(403);
        assertThat(count("retention_run where id > ?", run.id())).as("a refused run leaves no trace").isZero();

        // Of several nodes, the first to claim the night runs it; the others find it taken.
        LocalDate night = LocalDate.of(2033, 9, 2);
        var claimed = runs.claim(night, Retention.APPLICATION);
        assertThat(claimed).isPresent();
        assertThat(runs.claim(night, Retention.APPLICATION)).isEmpty();
        assertThat(runs.finish(claimed.get(), new Tally()).summary()).startsWith("Deleted 0 appraisals");
    }

    private String startCandidacy(StaffMember nia) {
        ResponseEntity<Map> started = as(nia.username()).postForEntity("/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", nia.id()), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        return (String) started.getBody().get("id");
    }

    /** Tom Bennett raises a concern about Nia, it is met informally and closed at the review: the case has ended. */
    private String concernClosedAfterReview(StaffMember nia) {
        ResponseEntity<Map> raised = as("tom.bennett").postForEntity("/engine-rest/process-definition/key/performance-concern/submit-form",
                variables("staffId", nia.id(), "description", "Reading records not kept"), Map.class);
        assertThat(raised.getStatusCode().value()).as(String.valueOf(raised.getBody())).isEqualTo(200);
        String caseId = (String) raised.getBody().get("id");
        assertThat(submit("tom.bennett", taskFor("tom.bennett", caseId, "Record the informal meeting"), "meetingDate", "2027-01-11",
                "nature", "Reading records are not kept up to date", "seriousness", "MINOR", "linkedTo", "Objective 1",
                "supportCoaching", true, "supportMentoring", false, "supportTraining", false, "supportObservingBestPractice", false,
                "supportDetails", "Coaching each Friday", "supportProvider", "Tom Bennett", "implications", "A progress review",
                "reviewDate", "2027-01-25")).isEqualTo(204);
        assertThat(submit(nia.username(), taskFor(nia.username(), caseId, "Comment on and acknowledge the written record"),
                "employeeComments", "Agreed", "recordReceived", true)).isEqualTo(204);
        List.of("Event_ReviewReminderDue", "Task_RemindReviewer", "Event_ReviewDateReached").forEach(step -> runJob(caseId, step));
        assertThat(submit("tom.bennett", taskFor("tom.bennett", caseId, "Review progress"), "reviewOutcome", "SUFFICIENT",
                "remainingIssues", "None")).isEqualTo(204);
        assertThat(list("admin", "/engine-rest/history/process-instance?processInstanceId=" + caseId).get(0)).containsEntry("state", "COMPLETED");
        return caseId;
    }

    private long appraisal(String label, LocalDate periodEnd, String status) {
        jdbc.sql("""
                insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at, status)
                values ('E1200', ?, ?, ?, 'helen.carter', ?, ?)""")
                .params(label, periodEnd.minusYears(1).plusDays(1), periodEnd, periodEnd.minusYears(1).atTime(9, 0), status).update();
        return jdbc.sql("select id from appraisal where staff_id = 'E1200' and period_label = ?").param(label).query(Long.class).single();
    }

    /** A concern closed into a capability case, in the autumn of 2026 (its process long ended, as seeded). */
    private long concern(String concernStatus, String capabilityStatus) {
        LocalDateTime raised = LocalDateTime.of(2026, 10, 1, 9, 0);
        jdbc.sql("""
                insert into performance_concern (staff_id, raised_by, raised_at, description, reviewed_at, status)
                values ('E1200', 'tom.bennett', ?, ?, ?, ?)""").params(raised, "Planning " + capabilityStatus, raised.plusWeeks(6), concernStatus).update();
        long id = jdbc.sql("select id from performance_concern where staff_id = 'E1200' and description = ?")
                .param("Planning " + capabilityStatus).query(Long.class).single();
        jdbc.sql("""
                insert into capability_case (concern_id, staff_id, opened_by, opened_at, decided_at, appealed_at, status)
                values (?, 'E1200', 'helen.carter', ?, ?, ?, ?)""")
                .params(id, raised.plusWeeks(7), raised.plusWeeks(14), raised.plusWeeks(15), capabilityStatus).update();
        return id;
    }

    private int count(String fromWhere, Object... params) {
        return jdbc.sql("select count(*) from " + fromWhere).params(params).query(Integer.class).single();
    }

    private static void moveClockToNoon(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
    }
}
