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

    /**
     * Tasklist's "Due date" sort, as Tasklist sends it to a shared filter: the earliest due first, or the latest, in
     * every school list; the tasks of every case have a due date (only the candidate's own HLTA steps that nothing
     * waits on have none), so the order is the order of the deadlines.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theDueDateSortListsTasksInTheOrderOfTheirDeadlines() {
        newTeachingAssistant("E1175", "Iris", "Bell", DemoTrust.OAKFIELD, "E1002");
        startConfirmation("E1175");
        Map<String, Object> filter = list("kate.morgan", "/engine-rest/filter?resourceType=Task&name=Open tasks in my school").get(0);
        for (String order : List.of("asc", "desc")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
            Map<String, Object> page = as("kate.morgan").exchange("/engine-rest/filter/" + filter.get("id") + "/list?firstResult=0&maxResults=500",
                    HttpMethod.POST, new HttpEntity<>(Map.of("active", true, "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", order))),
                            headers), Map.class).getBody();
            List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((Map<String, Object>) page.get("_embedded")).get("task");
            List<String> dues = tasks.stream().map(t -> (String) t.get("due")).filter(java.util.Objects::nonNull).toList();
            assertThat(dues).as("due dates, " + order).hasSizeGreaterThan(1);
            assertThat(dues).as(order).isSortedAccordingTo("asc".equals(order) ? java.util.Comparator.<String>naturalOrder()
                    : java.util.Comparator.<String>reverseOrder());
            assertThat(tasks).as("tasks without a due date").allSatisfy(t -> assertThat(t.get("due") != null
                    || List.of("Review yourself against the 33 standards", "Come back when ready", "Book the preparation days").contains(t.get("name")))
                    .as(String.valueOf(t.get("name"))).isTrue());
        }
    }
}
