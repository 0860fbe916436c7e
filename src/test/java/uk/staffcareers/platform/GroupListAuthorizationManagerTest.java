package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Outside a command there is no database: a look-up of the table's groups would fail here. */
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
        assertThatThrownBy(() -> manager.filterAuthenticatedGroupIds(many)).isInstanceOf(NullPointerException.class);
    }
}
