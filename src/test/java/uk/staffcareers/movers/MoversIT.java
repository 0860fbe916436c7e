package uk.staffcareers.movers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.DemoTrust;

/**
 * Movers, through the REST API: HR moves Maya Rowe from Oakfield to Riverside in the staff directory. Her appraisal and
 * her HLTA candidacy continue in Riverside's tenant under the same business keys, at the same steps, with the same due
 * dates and timers (the reminder that had already fired is not set again); Riverside's headteacher sees them and takes
 * over what Oakfield's people held, Oakfield's no longer sees them; the old instances ended with the reason; her account
 * is Riverside's; the objectives she was drafting as a colleague's appraiser go to Oakfield's headteacher. Then the same
 * move through a CSV import, for Jonah Pike, whose appraiser nobody had chosen yet.
 */
class MoversIT extends IntegrationTest {

    // A Wednesday in the autumn term: the objectives fall due four weeks later, and the day after, when Maya Rowe's
    // reminder has fired, is a school day of the same year.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    private final AppraisalPeriod period = AppraisalPeriod.containing(today);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mayaRowesCasesFollowHerFromOakfieldToRiverside() {
        newTeachingAssistant("E3001", "Maya", "Rowe", DemoTrust.OAKFIELD, "E1002");
        newTeachingAssistant("E3002", "Felix", "Dunne", DemoTrust.OAKFIELD, "E3001");
        String appraisalKey = period.businessKey("E3001");
        String hers = launch("E3001");
        String his = launch("E3002");
        assertThat(submit("helen.carter", taskFor("helen.carter", hers, "Choose the appraiser"), "appraiserStaffId", "E1002")).isEqualTo(204);
        assertThat(submit("helen.carter", taskFor("helen.carter", his, "Choose the appraiser"), "appraiserStaffId", "E3001")).isEqualTo(204);
        String draft = taskFor("tom.bennett", hers, "Draft objectives");
        String hisDraft = taskFor("maya.rowe", his, "Draft objectives");
        assertThat(post("maya.rowe", "/engine-rest/process-definition/key/hlta-journey/submit-form", variables("staffId", ""))
                .getStatusCode().value()).isEqualTo(200);
        String candidacy = caseOf("HLTA-E3001-1");
        String selfReview = taskFor("maya.rowe", candidacy, "Review yourself against the 33 standards");

        // The objectives deadline passes: the appraiser is reminded once, and the timer that escalates later still waits.
        LocalDate objectivesDue = dateOf((String) variable(hers, "objectivesDueAt"));
        moveClockTo(objectivesDue.plusDays(1));
        runJob(hers, "Event_ObjectivesOverdue");
        Map<String, String> timersBefore = timers(hers);
        assertThat(timersBefore).containsOnlyKeys("Event_ObjectivesStillOpen");
        String draftDue = (String) task(draft).get("due");
        Object record = variable(hers, "appraisalId");

        // Only the central team moves staff between schools: not the headteacher who would gain her, nor the one who would lose her.
        for (String head : List.of("david.marsh", "helen.carter")) {
            assertThat(put(head, "/api/directory/staff/E3001", Map.of("school", "Riverside Academy")).getStatusCode().value())
                    .as(head).isEqualTo(403);
        }
        assertThat(list("admin", "/engine-rest/process-instance?processDefinitionKey=appraisal-cycle&businessKey=" + appraisalKey))
                .extracting(c -> c.get("id")).as("nothing moved").containsExactly(hers);

        ResponseEntity<String> moved = put("kate.morgan", "/api/directory/staff/E3001",
                Map.of("school", "Riverside Academy", "lineManager", "E2002"));
        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);

        // The appraisal: one case under the same key, now Riverside's, at the same step, with the same dates.
        List<Map<String, Object>> running = list("admin", "/engine-rest/process-instance?processDefinitionKey=appraisal-cycle&businessKey="
                + appraisalKey);
        assertThat(running).hasSize(1);
        String now = (String) running.get(0).get("id");
        assertThat(now).isNotEqualTo(hers);
        assertThat(running.get(0)).containsEntry("tenantId", DemoTrust.RIVERSIDE);
        assertThat(timers(now)).as("the timer still waiting, due as before; the reminder already sent, not again").isEqualTo(timersBefore);
        Map<String, Object> newDraft = only(list("admin", "/engine-rest/task?processInstanceId=" + now));
        assertThat(newDraft).containsEntry("name", "Draft objectives").containsEntry("taskDefinitionKey", "Task_DraftObjectives")
                .containsEntry("due", draftDue).containsEntry("assignee", "david.marsh").containsEntry("tenantId", DemoTrust.RIVERSIDE);
        assertThat((String) newDraft.get("description")).contains("Maya Rowe has moved from Oakfield Primary School to Riverside Academy",
                "Tom Bennett held this task at Oakfield Primary School");
        assertThat(variable(now, "appraisalId")).as("the same record").isEqualTo(record);
        assertThat(jdbc.sql("select count(*) from appraisal where staff_id = 'E3001'").query(Integer.class).single()).isOne();
        assertThat(variable(now, "schoolName")).isEqualTo("Riverside Academy");
        assertThat(variable(now, "headteacher")).isEqualTo("david.marsh");
        assertThat(variable(now, "appraiser")).isEqualTo("david.marsh");
        assertThat(variable(now, "appraiserName")).isEqualTo("David Marsh");

        // Who sees it: Riverside's headteacher and Maya; not Oakfield's headteacher, nor Tom Bennett, her appraiser there.
        assertThat(get("david.marsh", "/engine-rest/process-instance/" + now).getStatusCode().value()).isEqualTo(200);
        assertThat(get("maya.rowe", "/engine-rest/process-instance/" + now).getStatusCode().value()).isEqualTo(200);
        assertThat(get("helen.carter", "/engine-rest/process-instance/" + now).getStatusCode().value()).isEqualTo(404);
        assertThat(get("helen.carter", "/engine-rest/task/" + newDraft.get("id")).getStatusCode().value()).isEqualTo(404);
        assertThat(get("tom.bennett", "/engine-rest/task/" + newDraft.get("id")).getStatusCode().value()).isIn(403, 404);
        assertThat(list("helen.carter", "/engine-rest/process-instance?processDefinitionKey=appraisal-cycle&businessKey=" + appraisalKey))
                .isEmpty();
        assertThat(get("tom.bennett", "/engine-rest/task/" + draft).getStatusCode().value()).as("the old task is gone").isEqualTo(404);

        // The old instance ended, saying why; the record is the same, naming who appraises now and why.
        Map<String, Object> old = as("admin").getForObject("/engine-rest/history/process-instance/" + hers, Map.class);
        assertThat(old).containsEntry("state", "EXTERNALLY_TERMINATED").containsEntry("tenantId", DemoTrust.OAKFIELD);
        assertThat((String) old.get("deleteReason")).isEqualTo("Moved to Riverside Academy: Maya Rowe's case continued in that school");
        assertThat(jdbc.sql("select concat(from_appraiser, '>', to_appraiser, ' ', cause, ' by ', changed_by) from appraisal_appraiser_change c "
                + "join appraisal a on a.id = c.appraisal_id where a.staff_id = 'E3001'").query(String.class).list())
                .containsExactly("tom.bennett>david.marsh MOVED by kate.morgan");
        assertThat(list("david.marsh", "/api/notifications")).extracting(n -> n.get("subject"))
                .contains("A task of Tom Bennett's in Maya Rowe's case is now yours: Draft objectives");

        // Her account is Riverside's; her HLTA candidacy moved too, with Riverside's coordinator, her own task still hers.
        assertThat(list("admin", "/engine-rest/tenant?userMember=maya.rowe")).extracting(t -> t.get("id")).containsExactly(DemoTrust.RIVERSIDE);
        String candidacyNow = caseOf("HLTA-E3001-1");
        assertThat(candidacyNow).isNotEqualTo(candidacy);
        assertThat(variable(candidacyNow, "coordinator")).isEqualTo("paul.young");
        assertThat(variable(candidacyNow, "headteacherName")).isEqualTo("David Marsh");
        Map<String, Object> review = task(taskFor("maya.rowe", candidacyNow, "Review yourself against the 33 standards"));
        assertThat(review).containsEntry("assignee", "maya.rowe").containsEntry("tenantId", DemoTrust.RIVERSIDE);
        assertThat(get("maya.rowe", "/engine-rest/task/" + selfReview).getStatusCode().value()).isEqualTo(404);
        assertThat(list("maya.rowe", "/api/notifications")).extracting(n -> n.get("subject")).contains("Your cases have moved to Riverside Academy");

        // Felix Dunne stays at Oakfield: the objectives Maya was drafting for him are his headteacher's now.
        Map<String, Object> hisTask = task(hisDraft);
        assertThat(hisTask).containsEntry("assignee", "helen.carter").containsEntry("tenantId", DemoTrust.OAKFIELD);
        assertThat((String) hisTask.get("description")).startsWith("Maya Rowe held this task and moved to Riverside Academy on ");

        // The case goes on in Riverside; and her new line manager is proposed as her appraiser there.
        assertThat(submit("david.marsh", (String) newDraft.get("id"), objectives())).isEqualTo(204);
        assertThat(taskFor("maya.rowe", now, "Agree objectives")).isNotNull();
        assertThat(list("david.marsh", "/engine-rest/task?assignee=david.marsh&processInstanceBusinessKey=" + appraisalKey))
                .extracting(t -> t.get("name")).contains("Make Rachel Green Maya Rowe's appraiser?");
    }

    @Test
    void jonahPikeMovesThroughTheStaffFileBeforeAnyoneChoseHisAppraiser() {
        newTeachingAssistant("E3003", "Jonah", "Pike", DemoTrust.OAKFIELD, "E1003");
        String his = launch("E3003");
        String choose = taskFor("helen.carter", his, "Choose the appraiser");
        String due = (String) task(choose).get("due");
        assertThat(formValue("helen.carter", choose, "proposedAppraiserName")).isEqualTo("Priya Shah");

        String file = "Staff number,Forenames,Surname,Work email,School,Role,Contract type,Start date,Line manager\n"
                + "E3003,Jonah,Pike,jonah.pike@lt2.example.org,Riverside Academy,Teaching assistant,Permanent,2020-09-01,E2003\n";
        ResponseEntity<String> applied = postFiles("kate.morgan", "/api/directory/imports?apply=true", Map.of(),
                Map.of("staff", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(applied.getStatusCode().value()).as(applied.getBody()).isEqualTo(200);

        String now = caseOf(period.businessKey("E3003"));
        assertThat(list("admin", "/engine-rest/process-instance?businessKey=" + period.businessKey("E3003"))).as("no other case").hasSize(1);
        assertThat(now).isNotEqualTo(his);
        Map<String, Object> newChoice = task(taskFor("david.marsh", now, "Choose the appraiser"));
        assertThat(newChoice).containsEntry("due", due).containsEntry("tenantId", DemoTrust.RIVERSIDE);
        assertThat(formValue("david.marsh", (String) newChoice.get("id"), "proposedAppraiserName")).isEqualTo("Omar Farouk");
        assertThat(variable(now, "appraiserStaffId")).isEqualTo("E2003");
        assertThat(get("david.marsh", "/engine-rest/task/" + newChoice.get("id") + "/form-variables?variableNames=appraiserOptions")
                .getBody()).contains("Omar Farouk (teacher)").doesNotContain("Priya Shah");
        assertThat(get("helen.carter", "/engine-rest/task/" + newChoice.get("id")).getStatusCode().value()).isEqualTo(404);
        assertThat(submit("david.marsh", (String) newChoice.get("id"), "appraiserStaffId", "E2003")).isEqualTo(204);
        assertThat(taskFor("omar.farouk", now, "Draft objectives")).isNotNull();
    }

    private String launch(String staffId) {
        assertThat(as("helen.carter").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", staffId), Map.class)
                .getBody()).containsEntry("started", 1);
        return caseOf(period.businessKey(staffId));
    }

    private String caseOf(String businessKey) {
        return (String) only(list("admin", "/engine-rest/process-instance?businessKey=" + businessKey)).get("id");
    }

    private static Map<String, Object> only(List<Map<String, Object>> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> task(String taskId) {
        return as("admin").getForObject("/engine-rest/task/" + taskId, Map.class);
    }

    @SuppressWarnings("unchecked")
    private Object variable(String caseId, String name) {
        return as("admin").getForObject("/engine-rest/process-instance/" + caseId + "/variables/" + name + "?deserializeValue=false",
                Map.class).get("value");
    }

    /** The case's timers: each waiting timer's activity with its due date. */
    private Map<String, String> timers(String caseId) {
        Map<String, String> timers = new TreeMap<>();
        for (Map<String, Object> job : list("admin", "/engine-rest/job?timers=true&processInstanceId=" + caseId)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> definition = as("admin").getForObject("/engine-rest/job-definition/" + job.get("jobDefinitionId"), Map.class);
            timers.put((String) definition.get("activityId"), (String) job.get("dueDate"));
        }
        return timers;
    }

    private ResponseEntity<String> put(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    private static LocalDate dateOf(String restDate) {
        return LocalDate.parse(restDate.substring(0, 10));
    }

    private static Object[] objectives() {
        return new Object[] {"objective1", "Lead the reading intervention group", "criteria1", "Twelve sessions a term",
                "assessment1", "The session log", "developmentObjective", "NONE"};
    }
}
