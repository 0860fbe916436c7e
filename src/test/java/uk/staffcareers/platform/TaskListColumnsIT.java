package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.DemoTrust;

/**
 * Tasklist's shared filters say whom each task is about and where they work: eight tasks called "Choose the
 * appraiser" are told apart by the column "About". Read as Tasklist reads a filter's list (HAL, with the
 * filter's variables embedded).
 */
class TaskListColumnsIT extends IntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void theSchoolsTaskListShowsWhomEachTaskIsAboutAndTheirSchool() {
        newTeachingAssistant("E1095", "Ruth", "Okoro", DemoTrust.OAKFIELD, "E1002");
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
