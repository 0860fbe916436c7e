package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.IntegrationTest;

/** Camunda's operation log (who did what, to which case, when) keeps to each school, over the REST API. */
class OperationLogIT extends IntegrationTest {

    private static final String LOG = "/engine-rest/history/user-operation";

    private String oakfieldCase;
    private String riversideCase;

    @BeforeEach
    void oneCaseStartedAndWorkedInEachSchool() {
        oakfieldCase = startConfirmation("E1005");   // Ben Lewis, Oakfield
        assertThat(submit("ben.lewis", taskOf(oakfieldCase), "detailsCheck", "correct")).isEqualTo(204);
        riversideCase = startConfirmation("E2005");  // Grace Kim, Riverside
        // An administrator's grant on an Oakfield case: an entry of no school in Camunda's log.
        assertThat(post("admin", "/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("READ"),
                "userId", "kate.morgan", "resourceType", 8, "resourceId", oakfieldCase)).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aHeadteacherReadsNoEntryOfAnotherSchool() {
        List<Map<String, Object>> davids = list("david.marsh", LOG);
        assertThat(davids).extracting(e -> e.get("processInstanceId")).contains(riversideCase).doesNotContain(oakfieldCase);
        assertThat(davids).as("who was granted which case").noneMatch(this::mentionsOakfieldsCase)
                .noneMatch(e -> "Authorization".equals(e.get("entityType")));

        // Asking for the entries of no school, or of the other school, shows nothing more.
        for (String filter : List.of("?withoutTenantId=true", "?tenantIdIn=oakfield", "?processInstanceId=" + oakfieldCase,
                "?entityType=Authorization")) {
            assertThat(list("david.marsh", LOG + filter)).as(filter).noneMatch(this::mentionsOakfieldsCase);
        }
        assertThat(get("david.marsh", LOG + "/count?processInstanceId=" + oakfieldCase).getBody()).isEqualTo("{\"count\":0}");
    }

    @Test
    void aHeadteacherStillReadsTheirOwnSchoolsEntriesAndStaffTheirOwnCase() {
        assertThat(list("helen.carter", LOG + "?processInstanceId=" + oakfieldCase))
                .extracting(e -> e.get("operationType") + " " + e.get("entityType"))
                .contains("Create ProcessInstance", "Complete Task");
        assertThat(list("helen.carter", LOG)).noneMatch(e -> riversideCase.equals(e.get("processInstanceId")));

        assertThat(list("ben.lewis", LOG)).extracting(e -> e.get("processInstanceId")).contains(oakfieldCase)
                .doesNotContain(riversideCase);
        assertThat(list("amy.hughes", LOG)).noneMatch(this::mentionsOakfieldsCase);
    }

    private boolean mentionsOakfieldsCase(Map<String, Object> entry) {
        return oakfieldCase.equals(entry.get("processInstanceId")) || oakfieldCase.equals(entry.get("newValue"))
                || oakfieldCase.equals(entry.get("orgValue"));
    }
}
