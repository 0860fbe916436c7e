package uk.staffcareers.leavers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffDirectory;

/**
 * A leaver, through the REST API: HR ends Lily Grant's employment yesterday; the leavers' sweep ends her appraisal and
 * her HLTA candidacy with the reason, hands the objectives she was drafting as Max Reid's appraiser to her headteacher
 * (the task and a notification say why), and closes her account, once; the directory's sync does not reopen it.
 */
class LeaversIT extends IntegrationTest {

    @Autowired
    StaffDirectory directory;
    @Autowired
    IdentitySync identities;

    // A Wednesday in the autumn term: her employment ended yesterday, a school day of the same appraisal year.
    private final LocalDate today = LocalDate.of(2026, 11, 4);

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaversCasesEndHerTasksGoToHerHeadteacherAndHerAccountCloses() {
        newTeachingAssistant("E1177", "Lily", "Grant", DemoTrust.OAKFIELD, "E1003");
        newTeachingAssistant("E1178", "Max", "Reid", DemoTrust.OAKFIELD, "E1177");
        String herAppraisal = AppraisalPeriod.containing(today).businessKey("E1177");
        String hisAppraisal = AppraisalPeriod.containing(today).businessKey("E1178");
        for (String staff : List.of("E1177", "E1178")) {
            assertThat(post("helen.carter", "/api/appraisals/launch", Map.of("scope", "STAFF", "target", staff)).getStatusCode().value())
                    .isEqualTo(200);
        }
        String his = (String) list("admin", "/engine-rest/process-instance?businessKey=" + hisAppraisal).get(0).get("id");
        assertThat(submit("helen.carter", taskFor("helen.carter", his, "Choose the appraiser"), "appraiserStaffId", "E1177")).isEqualTo(204);
        String drafting = taskFor("lily.grant", his, "Draft objectives");
        assertThat(post("lily.grant", "/engine-rest/process-definition/key/hlta-journey/submit-form", variables("staffId", ""))
                .getStatusCode().value()).isEqualTo(200);

        assertThat(post("kate.morgan", "/api/directory/staff/E1177/end-employment", Map.of("date", today.minusDays(1).toString()))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("tom.bennett", "/api/directory/leavers/run", Map.of()).getStatusCode().value()).as("a teacher").isEqualTo(403);
        var response = as("kate.morgan").postForEntity("/api/directory/leavers/run", Map.of(), Map.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        Map<String, Object> swept = response.getBody();
        assertThat((List<String>) swept.get("leavers")).contains("E1177");

        assertThat(list("admin", "/engine-rest/process-instance?businessKey=" + herAppraisal)).as("her appraisal").isEmpty();
        assertThat(list("admin", "/engine-rest/process-instance?businessKey=HLTA-E1177-1")).as("her candidacy").isEmpty();
        assertThat(list("admin", "/engine-rest/history/process-instance?processInstanceBusinessKey=HLTA-E1177-1").get(0))
                .as("kept in the history").containsEntry("state", "COMPLETED");
        Map<String, Object> task = as("admin").getForObject("/engine-rest/task/" + drafting, Map.class);
        assertThat(task).containsEntry("assignee", "helen.carter");
        assertThat((String) task.get("description")).contains("Lily Grant held this task and left on");
        assertThat(list("helen.carter", "/api/notifications")).extracting(n -> n.get("subject"))
                .contains("A task of Lily Grant's is now yours: Draft objectives");
        assertThat(get("lily.grant", "/engine-rest/task").getStatusCode().value()).as("her account is closed").isEqualTo(401);

        identities.sync(directory.get("E1177"));
        assertThat(get("lily.grant", "/engine-rest/task").getStatusCode().value()).as("and stays closed").isEqualTo(401);
        assertThat((List<String>) as("kate.morgan").postForEntity("/api/directory/leavers/run", Map.of(), Map.class).getBody()
                .get("leavers")).as("once only").doesNotContain("E1177");
    }
}
