package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Tasklist's shared filters say whom each task is about and where they work: eight tasks called "Choose the
 * appraiser" are told apart by the column "About". Read as Tasklist reads a filter's list (HAL, with the
 * filter's variables embedded).
 */
class TaskListColumnsIT extends IntegrationTest {

    @Autowired
    StaffDirectory directory;

    @Test
    @SuppressWarnings("unchecked")
    void theSchoolsTaskListShowsWhomEachTaskIsAboutAndTheirSchool() {
        directory.save(new StaffMember("E1095", "ruth.okoro", "Ruth", "Okoro", "ruth.okoro@lt2.example.org", DemoTrust.TRUST,
                DemoTrust.OAKFIELD, Role.TEACHING_ASSISTANT, CareerStage.CORE, 1, ContractType.PERMANENT, null, LocalDate.of(2024, 9, 2),
                "E1002", false, false, null));
        String caseId = startConfirmation("E1095");

        Map<String, Object> filter = list("helen.carter", "/engine-rest/filter?resourceType=Task&name=Open tasks in my school").get(0);
        List<Map<String, Object>> columns = (List<Map<String, Object>>) ((Map<String, Object>) filter.get("properties")).get("variables");
        assertThat(columns).extracting(c -> c.get("label")).containsExactly("About", "School");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        Map<String, Object> page = as("helen.carter").exchange("/engine-rest/filter/" + filter.get("id") + "/list?firstResult=0&maxResults=200",
                HttpMethod.POST, new HttpEntity<>(Map.of("processInstanceId", caseId), headers), Map.class).getBody();
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((Map<String, Object>) page.get("_embedded")).get("task");
        assertThat(tasks).hasSize(1);
        List<Map<String, Object>> variables = (List<Map<String, Object>>) ((Map<String, Object>) tasks.get(0).get("_embedded")).get("variable");
        assertThat(variables).extracting(v -> v.get("name") + "=" + v.get("value"))
                .contains("staffName=Ruth Okoro", "schoolName=Oakfield Primary School");
    }
}
