package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.DemoTrust;

/**
 * The REST API keeps a verified login and its memberships (groups, and schools given to the person or to a group of
 * theirs) for a minute, so that a request does not verify a password
 * hash and look up groups and schools each time; but a changed password or membership counts at once, and a wrong
 * password is never taken for the kept one.
 */
class VerifiedLoginsIT extends IntegrationTest {

    @Test
    void aChangedPasswordOrMembershipCountsAtOnce() {
        newTeachingAssistant("E1176", "Noah", "Ford", DemoTrust.OAKFIELD, "E1003");
        startConfirmation("E1176");
        String myTasks = "/engine-rest/task?assignee=noah.ford";
        assertThat(list("noah.ford", myTasks)).as("his task, in his school").hasSize(1);
        assertThat(rest.withBasicAuth("noah.ford", "wrong").getForEntity(myTasks, String.class).getStatusCode().value())
                .as("a wrong password, just after the right one").isEqualTo(401);

        // The administrator takes him out of his school: his next request sees no task of the school.
        assertThat(as("admin").exchange("/engine-rest/tenant/oakfield/user-members/noah.ford", HttpMethod.DELETE, null, String.class)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(list("noah.ford", myTasks)).as("no longer in the school").isEmpty();

        // The school given back through a group of his: a school of one of the person's groups is theirs too.
        String group = "/engine-rest/group/verified-logins-it";
        assertThat(as("admin").postForEntity("/engine-rest/group/create", Map.of("id", "verified-logins-it", "name", "Verified logins IT",
                "type", "WORKFLOW"), String.class).getStatusCode().value()).isEqualTo(204);
        try {
            assertThat(as("admin").exchange(group + "/members/noah.ford", HttpMethod.PUT, null, String.class).getStatusCode().value())
                    .isEqualTo(204);
            assertThat(as("admin").exchange("/engine-rest/tenant/oakfield/group-members/verified-logins-it", HttpMethod.PUT, null,
                    String.class).getStatusCode().value()).isEqualTo(204);
            assertThat(list("noah.ford", myTasks)).as("his school again, through his group").hasSize(1);
        } finally {
            as("admin").exchange(group, HttpMethod.DELETE, null, String.class);
        }
        assertThat(list("noah.ford", myTasks)).as("the group gone, the school with it").isEmpty();

        // The administrator sets a new password: the old one is refused at once.
        assertThat(as("admin").exchange("/engine-rest/user/noah.ford/credentials", HttpMethod.PUT,
                new HttpEntity<>(Map.of("password", "a-new-Passw0rd", "authenticatedUserPassword", "admin")), String.class)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(as("noah.ford").getForEntity(myTasks, String.class).getStatusCode().value()).as("the old password").isEqualTo(401);
        assertThat(rest.withBasicAuth("noah.ford", "a-new-Passw0rd").getForEntity(myTasks, String.class).getStatusCode().value())
                .isEqualTo(200);
    }
}
