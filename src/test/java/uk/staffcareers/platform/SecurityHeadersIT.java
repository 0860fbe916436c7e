package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/** Security headers on every kind of answer, and the actuator's health details for administrators only. */
class SecurityHeadersIT extends IntegrationTest {

    @Test
    void everyAnswerForbidsSniffingFramingAndLeakingTheAddress() {
        Map<String, TestRestTemplate> callers = Map.of(
                "/camunda/app/tasklist/default/", rest,
                "/camunda/api/admin/auth/user/default", rest,
                "/engine-rest/engine", rest,
                "/engine-rest/task", as("helen.carter"),
                "/api/staff/me", as("amy.hughes"),
                "/api/documents/999999", as("admin"),
                "/actuator/health", rest,
                "/no-such-page", rest);
        callers.forEach((path, caller) -> {
            ResponseEntity<String> answer = caller.getForEntity(path, String.class);
            assertThat(answer.getHeaders().get("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(answer.getHeaders().get("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(answer.getHeaders().get("Referrer-Policy")).as(path).containsExactly("same-origin");
        });
    }

    @Test
    void answersOfTheApisAndDocumentsAreNeverStored() {
        for (String path : List.of("/api/staff/me", "/api/documents/999999", "/api/staff/E1004/documents", "/engine-rest/task")) {
            ResponseEntity<String> answer = as("admin").getForEntity(path, String.class);
            assertThat(answer.getHeaders().getCacheControl()).as(path).isEqualTo("no-store");
        }
        assertThat(rest.getForEntity("/api/staff/me", String.class).getHeaders().getCacheControl())
                .as("the refusal too").isEqualTo("no-store");
    }

    @Test
    void healthDetailsAreForAdministratorsOnly() {
        ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(200);
        assertThat(anonymous.getBody()).isEqualTo("{\"status\":\"UP\"}");

        ResponseEntity<String> staff = get("helen.carter", "/actuator/health");
        assertThat(staff.getBody()).isEqualTo("{\"status\":\"UP\"}");

        assertThat(rest.withBasicAuth("admin", "not-the-password").getForEntity("/actuator/health", String.class)
                .getStatusCode().value()).isEqualTo(401);

        ResponseEntity<String> admin = get("admin", "/actuator/health");
        assertThat(admin.getBody()).contains("\"components\"", "\"db\"", "\"diskSpace\"");
    }
}
