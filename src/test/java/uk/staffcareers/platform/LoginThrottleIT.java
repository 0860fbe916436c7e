package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.staffcareers.IntegrationTest;

/**
 * A stranger guessing passwords, from another computer (127.0.0.3), through the REST APIs and the
 * webapps' login form: they are slowed down, the account's owner and the administrator are not.
 * The engine's clock stands still during each test, so the waits are exact.
 */
class LoginThrottleIT extends IntegrationTest {

    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    private HttpFromAddress attacker;
    private HttpFromAddress elsewhere;

    @BeforeEach
    void clockStandsStill() {
        ClockUtil.setCurrentTime(new Date());
        attacker = new HttpFromAddress("127.0.0.3", port);
        elsewhere = new HttpFromAddress("127.0.0.2", port);
    }

    @AfterEach
    void clockRunsAgain() {
        ClockUtil.reset();
    }

    @Test
    void wrongPasswordsSlowDownTheirSenderAndNeverLockTheAccount() throws IOException {
        assertThat(guesses("amy.hughes", 10)).containsExactly(401, 401, 401, 401, 401, 429, 429, 429, 429, 429);

        HttpFromAddress.Answer slowed = attacker.get("/api/staff/me", "amy.hughes", PASSWORD);
        assertThat(slowed.status()).as("even the right password waits at the guessing address").isEqualTo(429);
        assertThat(slowed.header("Retry-After")).isEqualTo("1");
        assertThat(slowed.body()).contains("try again in 1 seconds").doesNotContain("Amy", "Hughes");

        assertThat(get("amy.hughes", "/api/staff/me").getStatusCode().value()).as("the owner, at her own computer").isEqualTo(200);
        assertThat(elsewhere.get("/api/staff/me", "amy.hughes", PASSWORD).status()).isEqualTo(200);
        assertNothingWrittenTo("amy.hughes");

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2_000));
        assertThat(attacker.get("/api/staff/me", "amy.hughes", PASSWORD).status())
                .as("the wait ends by itself, no administrator needed").isEqualTo(200);
    }

    @Test
    void theAdministratorCannotBeLockedOutByAStranger() throws IOException {
        assertThat(guesses("admin", 10)).endsWith(429);
        assertThat(attacker.get("/engine-rest/user/admin/profile", "Admin", "guess").status())
                .as("the name in other letter case counts as the same account").isEqualTo(429);

        assertThat(get("admin", "/engine-rest/user/admin/profile").getStatusCode().value()).isEqualTo(200);
        assertThat(elsewhere.get("/engine-rest/user/admin/profile", "admin", "admin").status()).isEqualTo(200);
        assertNothingWrittenTo("admin");
    }

    @Test
    void theWebappLoginFormCountsAgainstTheSameThrottle() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(attacker.postWebappForm(WEBAPP_LOGIN, "username=ben.lewis&password=guess" + i).status());
        }
        statuses.addAll(guesses("ben.lewis", 2));
        HttpFromAddress.Answer slowed = attacker.postWebappForm(WEBAPP_LOGIN, "username=ben.lewis&password=" + PASSWORD);
        statuses.add(slowed.status());
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(slowed.header("Retry-After")).isEqualTo("1");

        assertThat(elsewhere.postWebappForm(WEBAPP_LOGIN, "username=ben.lewis&password=" + PASSWORD).status())
                .as("the owner logs in to Tasklist from another computer").isEqualTo(200);
        assertNothingWrittenTo("ben.lewis");
    }

    private List<Integer> guesses(String user, int count) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(attacker.get("/engine-rest/user/" + user + "/profile", user, "guess-" + i).status());
        }
        return statuses;
    }

    /** Camunda's own lockout would have counted the failures on the account and locked it. */
    private void assertNothingWrittenTo(String user) {
        UserEntity account = (UserEntity) identity.createUserQuery().userId(user).singleResult();
        assertThat(account.getAttempts()).isZero();
        assertThat(account.getLockExpirationTime()).isNull();
    }
}
