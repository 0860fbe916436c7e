package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import uk.staffcareers.staff.DemoTrust;

/**
 * Line-manager changes over REST: HR gives someone a new line manager in the staff directory while their old one
 * appraises them; Helen Carter, their headteacher, is asked by name whether the new line manager should take over. Yes
 * moves the open appraiser tasks (the old appraiser no longer sees them), No keeps them with the reason on record;
 * nobody else can answer; no proposal when there is nothing to decide; a second change replaces an open proposal.
 */
class AppraiserProposalIT extends IntegrationTest {

    // A Wednesday in the autumn term: the appraisals launched are this year's, with their objectives still to draft.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    private final AppraisalPeriod period = AppraisalPeriod.containing(today);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    void yesMakesPriyaShahKitYardleysAppraiserAndHerOpenTaskMovesToPriya() {
        newTeachingAssistant("E3010", "Kit", "Yardley", DemoTrust.OAKFIELD, "E1002");
        String appraisal = launchWithAppraiser("E3010", "E1002");
        String draft = taskFor("tom.bennett", appraisal, "Draft objectives");

        changeLineManager("E3010", "E1003");
        String proposal = proposalTask("E3010", "Make Priya Shah Kit Yardley's appraiser?");

        // Only Helen Carter answers: not the old appraiser, not the new one, not another school's headteacher.
        assertThat(submit("tom.bennett", proposal, "makeAppraiser", "YES")).isIn(403, 404);
        assertThat(submit("priya.shah", proposal, "makeAppraiser", "YES")).isIn(403, 404);
        assertThat(submit("david.marsh", proposal, "makeAppraiser", "YES")).isEqualTo(404);
        assertThat(get("david.marsh", "/engine-rest/task/" + proposal).getStatusCode().value()).isEqualTo(404);
        // A forged field (another proposal, another headteacher) is refused; nobody starts a question by hand.
        assertThat(submit("helen.carter", proposal, "makeAppraiser", "YES", "proposalId", 1)).isEqualTo(400);
        assertThat(submit("helen.carter", proposal, "makeAppraiser", "YES", "headteacher", "tom.bennett")).isEqualTo(400);
        assertThat(post("helen.carter", "/engine-rest/process-definition/key/appraiser-change-proposal/start", Map.of())
                .getStatusCode().value()).isEqualTo(403);
        assertThat(post("helen.carter", "/engine-rest/process-definition/key/appraiser-change-proposal/start",
                variables("staffId", "E3010", "headteacher", "helen.carter")).getStatusCode().value()).isIn(400, 403);
        assertThat(assignee(draft)).as("nothing changed").isEqualTo("tom.bennett");
        assertThat(proposalCases("E3010")).hasSize(1);

        assertThat(submit("helen.carter", proposal, "makeAppraiser", "YES")).isEqualTo(204);
        assertThat(assignee(draft)).isEqualTo("priya.shah");
        assertThat(get("tom.bennett", "/engine-rest/task/" + draft).getStatusCode().value()).isIn(403, 404);
        assertThat(submit("tom.bennett", draft, "objective1", "x")).isIn(403, 404);
        assertThat(list("priya.shah", "/api/notifications")).extracting(n -> n.get("subject")).contains("You now appraise Kit Yardley");
        assertThat(changes("E3010")).containsExactly("tom.bennett>priya.shah LINE_MANAGER by helen.carter");
        assertThat(proposals("E3010")).containsExactly("priya.shah ACCEPTED by helen.carter: null");
        assertThat(proposalCases("E3010")).isEmpty();
    }

    @Test
    void noKeepsPriyaShahAsLenaVosssAppraiserWithTheReason() {
        newTeachingAssistant("E3011", "Lena", "Voss", DemoTrust.OAKFIELD, "E1003");
        String appraisal = launchWithAppraiser("E3011", "E1003");
        String draft = taskFor("priya.shah", appraisal, "Draft objectives");

        changeLineManager("E3011", "E1002");
        String proposal = proposalTask("E3011", "Make Tom Bennett Lena Voss's appraiser?");
        assertThat(submit("helen.carter", proposal, "makeAppraiser", "NO")).as("no reason").isEqualTo(400);
        assertThat(submit("helen.carter", proposal, "makeAppraiser", "NO", "keepReason", "Priya Shah observed Lena all year"))
                .isEqualTo(204);

        assertThat(assignee(draft)).isEqualTo("priya.shah");
        assertThat(changes("E3011")).isEmpty();
        assertThat(proposals("E3011")).containsExactly("tom.bennett DECLINED by helen.carter: Priya Shah observed Lena all year");
    }

    @Test
    void noProposalWhenThereIsNothingToDecideAndASecondChangeReplacesAnOpenOne() {
        // The new line manager appraises already.
        newTeachingAssistant("E3012", "Ines", "Ward", DemoTrust.OAKFIELD, "E1002");
        launchWithAppraiser("E3012", "E1003");
        changeLineManager("E3012", "E1003");
        assertThat(proposalCases("E3012")).isEmpty();

        // Nobody chose the appraiser yet: the choice now proposes the new line manager, and there is no separate question.
        newTeachingAssistant("E3013", "Otto", "Kerr", DemoTrust.OAKFIELD, "E1002");
        String unchosen = launch("E3013");
        changeLineManager("E3013", "E1003");
        assertThat(proposalCases("E3013")).isEmpty();
        assertThat(formValue("helen.carter", taskFor("helen.carter", unchosen, "Choose the appraiser"), "proposedAppraiserName"))
                .isEqualTo("Priya Shah");
        assertThat(as("admin").getForObject("/engine-rest/process-instance/" + unchosen + "/variables/appraiserStaffId", Map.class))
                .containsEntry("value", "E1003");

        // The new line manager works at another school: they may not appraise an Oakfield employee.
        newTeachingAssistant("E3014", "Bea", "Lund", DemoTrust.OAKFIELD, "E1002");
        launchWithAppraiser("E3014", "E1002");
        changeLineManager("E3014", "E2002");
        assertThat(proposalCases("E3014")).isEmpty();

        // A second change before Helen answered: the first question goes, the second names the latest line manager.
        newTeachingAssistant("E3015", "Pia", "Holt", DemoTrust.OAKFIELD, "E1002");
        launchWithAppraiser("E3015", "E1002");
        changeLineManager("E3015", "E1003");
        String first = proposalTask("E3015", "Make Priya Shah Pia Holt's appraiser?");
        changeLineManager("E3015", "E1009");
        assertThat(get("helen.carter", "/engine-rest/task/" + first).getStatusCode().value()).isEqualTo(404);
        proposalTask("E3015", "Make Emma Price Pia Holt's appraiser?");
        assertThat(proposals("E3015")).containsExactly("priya.shah WITHDRAWN by null: The line manager changed again",
                "emma.price null by null: null");
    }

    private String launch(String staffId) {
        assertThat(as("helen.carter").postForEntity("/api/appraisals/launch", Map.of("scope", "STAFF", "target", staffId), Map.class)
                .getBody()).containsEntry("started", 1);
        List<Map<String, Object>> cases = list("admin", "/engine-rest/process-instance?processDefinitionKey=appraisal-cycle&businessKey="
                + period.businessKey(staffId));
        return (String) cases.get(0).get("id");
    }

    private String launchWithAppraiser(String staffId, String appraiserId) {
        String caseId = launch(staffId);
        assertThat(submit("helen.carter", taskFor("helen.carter", caseId, "Choose the appraiser"), "appraiserStaffId", appraiserId))
                .isEqualTo(204);
        return caseId;
    }

    private void changeLineManager(String staffId, String lineManagerId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> edited = as("kate.morgan").exchange("/api/directory/staff/" + staffId, HttpMethod.PUT,
                new HttpEntity<>(Map.of("lineManager", lineManagerId), headers), String.class);
        assertThat(edited.getStatusCode().value()).as(edited.getBody()).isEqualTo(200);
    }

    private List<Map<String, Object>> proposalCases(String staffId) {
        return list("admin", "/engine-rest/process-instance?processDefinitionKey=appraiser-change-proposal&businessKey="
                + period.businessKey(staffId));
    }

    /** The proposal's task, as Helen Carter sees it in her list. */
    private String proposalTask(String staffId, String name) {
        List<Map<String, Object>> cases = proposalCases(staffId);
        assertThat(cases).hasSize(1);
        return taskFor("helen.carter", (String) cases.get(0).get("id"), name);
    }

    @SuppressWarnings("unchecked")
    private String assignee(String taskId) {
        return (String) as("admin").getForObject("/engine-rest/task/" + taskId, Map.class).get("assignee");
    }

    private List<String> changes(String staffId) {
        return jdbc.sql("select concat(from_appraiser, '>', to_appraiser, ' ', cause, ' by ', changed_by) from appraisal_appraiser_change c "
                + "join appraisal a on a.id = c.appraisal_id where a.staff_id = ? order by c.id").param(staffId).query(String.class).list();
    }

    private List<String> proposals(String staffId) {
        return jdbc.sql("select p.proposed_appraiser, p.outcome, p.decided_by, p.reason from appraiser_proposal p "
                + "join appraisal a on a.id = p.appraisal_id where a.staff_id = ? order by p.id").param(staffId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " by " + rs.getString(3) + ": " + rs.getString(4)).list();
    }
}
