package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.staffcareers.StaffCareersApplication;

/**
 * Starting the application with an administrator's password anyone could guess: it refuses, says
 * why in one line, and has not touched the database (an in-memory H2 stands in for PostgreSQL).
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminPasswordCheckTest {

    @Test
    void withoutAPasswordTheProductionProfileRefusesToStart(CapturedOutput output) throws SQLException {
        assertRefused("postgres", null, "The administrator's password is not set (STAFFCAREERS_ADMIN_PASSWORD)");
        assertThat(output).contains("APPLICATION FAILED TO START",
                "The administrator's password is not set (STAFFCAREERS_ADMIN_PASSWORD)",
                "Set STAFFCAREERS_ADMIN_PASSWORD to a password of at least 12 characters.");
    }

    @Test
    void anEmptyPasswordIsRefusedEvenForTheDemo() throws SQLException {
        assertRefused("postgres", "", "The administrator's password (STAFFCAREERS_ADMIN_PASSWORD) is empty");
        assertRefused("postgres,demo", "", "The administrator's password (STAFFCAREERS_ADMIN_PASSWORD) is empty");
        assertRefused("postgres,demo", null, "The administrator's password is not set (STAFFCAREERS_ADMIN_PASSWORD)");
    }

    @Test
    void outsideTheDemoAPasswordNeedsTwelveCharacters() throws SQLException {
        assertRefused("postgres", "admin", "The administrator's password (STAFFCAREERS_ADMIN_PASSWORD) has 5 characters; "
                + "outside the demo it needs at least 12");
        assertRefused("postgres", "eleven-char", "has 11 characters");
    }

    @Test
    void whatIsAccepted() {
        assertThat(AdminPasswordCheck.problem("twelve-chars", false)).isNull();
        assertThat(AdminPasswordCheck.problem("admin", true)).as("the demo's own password").isNull();
        assertThat(AdminPasswordCheck.problem("${STAFFCAREERS_ADMIN_PASSWORD}", true)).isNotNull();
        assertThat(AdminPasswordCheck.problem("   ", true)).isNotNull();
    }

    private static void assertRefused(String profiles, String password, String reason) throws SQLException {
        String database = "jdbc:h2:mem:refused-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=" + profiles,
                "--spring.datasource.url=" + database, "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--server.port=0", "--spring.main.banner-mode=off"));
        if (password != null) {
            arguments.add("--STAFFCAREERS_ADMIN_PASSWORD=" + password);
        }
        assertThatThrownBy(() -> new SpringApplicationBuilder(StaffCareersApplication.class).run(arguments.toArray(String[]::new)))
                .as(profiles + " with " + password).isInstanceOf(AdminPasswordRefused.class).hasMessageContaining(reason)
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
        try (Connection connection = DriverManager.getConnection(database, "sa", "");
                ResultSet tables = connection.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables created before the refusal").isZero();
        }
    }
}
