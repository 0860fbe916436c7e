package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Which lists of groups go to the checks as they are, and which to Camunda's look-up of the groups that have authorizations. */
class GroupListAuthorizationManagerTest {

    private final GroupListAuthorizationManager manager = new GroupListAuthorizationManager();

    @Test
    void aStaffMembersGroupsGoToTheChecksAsTheyAreWithoutAskingTheDatabase() {
        List<String> groups = List.of("staff", "teachers", "hr");
        assertThat(manager.filterAuthenticatedGroupIds(groups)).containsExactlyElementsOf(groups);
    }

    @Test
    void noGroupsMeansNoGroupsToCheck() {
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
        assertThat(manager.filterAuthenticatedGroupIds(Collections.emptyList())).isEmpty();
    }

    @Test
    void aLongListIsStillShortenedByCamundasLookUp() {
        List<String> many = IntStream.rangeClosed(1, GroupListAuthorizationManager.LONGEST_LIST_PASSED_AS_IS + 1)
                .mapToObj(i -> "group-" + i).toList();
        List<List<String>> lookedUp = new ArrayList<>();
        GroupListAuthorizationManager recording = new GroupListAuthorizationManager() {
            @Override
            List<String> shortenedByCamunda(List<String> groupIds) {
                lookedUp.add(groupIds);
                return List.of("group-1");
            }
        };
        assertThat(recording.filterAuthenticatedGroupIds(many)).containsExactly("group-1");
        assertThat(lookedUp).containsExactly(many);
        assertThat(recording.filterAuthenticatedGroupIds(List.of("staff"))).as("a short list is not looked up").containsExactly("staff");
        assertThat(lookedUp).hasSize(1);
    }
}
