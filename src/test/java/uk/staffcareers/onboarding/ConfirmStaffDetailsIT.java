package uk.staffcareers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.IntegrationTest;

/** One new starter's confirmation, through the REST calls that Tasklist makes, as the demo users. */
class ConfirmStaffDetailsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewStarterAsksForACorrectionThenConfirmsTheCorrectedRecord() {
        String caseId = startConfirmation("E2004"); // Lucy Ward, Riverside
        String task = taskOf(caseId);
        assertThat(get("lucy.ward", "/engine-rest/task/" + task + "/form-variables").getBody()).contains("Lucy Ward");

        ResponseEntity<String> nothingSaid = post("lucy.ward", "/engine-rest/task/" + task + "/submit-form",
                variables("detailsCheck", "needs-correction", "correctionsNeeded", "  "));
        assertThat(nothingSaid.getStatusCode().value()).isEqualTo(400);
        assertThat(nothingSaid.getBody()).contains("Say what is wrong with your record");
        assertThat(taskOf(caseId)).isEqualTo(task);

        assertThat(post("lucy.ward", "/engine-rest/task/" + task + "/submit-form",
                variables("detailsCheck", "needs-correction", "correctionsNeeded", "My surname is Ward-Jones"))
                .getStatusCode().value()).isEqualTo(204);

        String correction = taskOf(caseId);
        assertThat(list("paul.young", "/engine-rest/task")).extracting(t -> t.get("id")).contains(correction);
        assertThat(post("paul.young", "/engine-rest/task/" + correction + "/submit-form", variables("correctionMade", ""))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(post("paul.young", "/engine-rest/task/" + correction + "/submit-form",
                variables("correctionMade", "Surname changed to Ward-Jones")).getStatusCode().value()).isEqualTo(204);

        String again = taskOf(caseId);
        assertThat(list("lucy.ward", "/engine-rest/task")).extracting(t -> t.get("id")).contains(again);
        assertThat(post("lucy.ward", "/engine-rest/task/" + again + "/submit-form", variables("detailsCheck", "correct"))
                .getStatusCode().value()).isEqualTo(204);

        assertThat(get("kate.morgan", "/engine-rest/history/process-instance/" + caseId).getBody()).contains("\"state\":\"COMPLETED\"");
        assertThat(jdbc.sql("select details_confirmed_on from staff_member where id = 'E2004'").query(LocalDate.class).single())
                .isNotNull();
        assertThat(jdbc.sql("select resolution from staff_record_correction where staff_id = 'E2004' and resolved_by = 'paul.young'")
                .query(String.class).list()).contains("Surname changed to Ward-Jones");
    }
}
