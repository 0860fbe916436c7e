package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/** Expressions that do not come from a model (a task filter's stored query) cannot reach reflection either. */
class ExpressionGuardIT extends IntegrationTest {

    @Test
    void aFiltersExpressionCannotStartAProgram() throws Exception {
        Path marker = Files.createTempDirectory("expression-guard").resolve("ran");
        String attack = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                + ".exec('touch " + marker + "')}";
        ResponseEntity<String> created = post("admin", "/engine-rest/filter/create", Map.of("resourceType", "Task",
                "name", "Attack", "query", Map.of("assigneeExpression", attack)));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(200);
        String filterId = created.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        ResponseEntity<String> listed = get("admin", "/engine-rest/filter/" + filterId + "/list");

        assertThat(listed.getStatusCode().is2xxSuccessful()).as(listed.getBody()).isFalse();
        assertThat(listed.getBody()).doesNotContain("\tat ");
        assertThat(marker).doesNotExist();
    }

    @Test
    void theApplicationsOwnFiltersStillWork() {
        assertThat(filterList("amy.hughes", AccessRules.MY_TASKS_FILTER).getStatusCode().value()).isEqualTo(200);
        assertThat(filterList("helen.carter", AccessRules.OVERDUE_TASKS_FILTER).getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> filterList(String user, String filterName) {
        String id = (String) list(user, "/engine-rest/filter?name=" + filterName).get(0).get("id");
        return get(user, "/engine-rest/filter/" + id + "/list");
    }
}
