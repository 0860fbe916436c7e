package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Signing in with school accounts (staffcareers.sign-in.mode: oidc), against a real OpenID Connect provider started
 * for the test: staff reach Tasklist through the provider and are the directory's account of their work email; API
 * clients send the provider's bearer tokens; someone the directory does not know, a leaver, a token of another
 * issuer or an expired one are refused; passwords are taken only from the administrator. Staff numbers E3050–E3069.
 */
@ContextConfiguration(initializers = SchoolAccountProvider.class)
class SchoolAccountSignInIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory directory;
    @Autowired
    IdentitySync identities;

    @Test
    void aBearerTokenActsAsTheDirectorysAccountOfItsEmail() {
        StaffMember olive = newTeachingAssistant("E3050", "Olive", "Gardner", "oakfield", "E1001");
        ResponseEntity<Map> started = bearer("kate.morgan@lt2.example.org").postForEntity("/api/onboarding/confirmations",
                Map.of("staffId", "E3050"), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
        String caseId = (String) started.getBody().get("processInstanceId");

        // Any capitals: the directory holds olive.gardner@lt2.example.org.
        ResponseEntity<List> tasks = bearer("Olive.Gardner@LT2.example.org").getForEntity("/engine-rest/task", List.class);
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) tasks.getBody()).singleElement()
                .satisfies(task -> assertThat(task.get("assignee")).isEqualTo(olive.username()))
                .satisfies(task -> assertThat(task.get("processInstanceId")).isEqualTo(caseId));
        assertThat(bearer("olive.gardner@lt2.example.org").getForObject("/api/staff/me", Map.class))
                .containsEntry("id", "E3050").containsEntry("username", "olive.gardner");
        // Who acts is who signed in: her task is hers to see, not another teaching assistant's.
        assertThat(bearer("amy.hughes@lt2.example.org").getForObject("/engine-rest/task?processInstanceId=" + caseId, List.class)).isEmpty();
    }

    @Test
    void aTokenOfSomeoneUnknownOfAnotherIssuerOrExpiredIsRefusedWithTheApisAnswer() {
        assertRefused(SchoolAccountProvider.token("stranger@elsewhere.example.org"), "no one with the email address stranger@elsewhere.example.org");
        var server = SchoolAccountProvider.server();
        String kate = "kate.morgan@lt2.example.org";
        // Another issuer signs with keys of its own, which the trust's provider does not publish.
        assertRefused(server.issueToken("another-issuer", "kate", SchoolAccountProvider.CLIENT_ID, Map.of("email", kate), 3600L).serialize(),
                "The bearer token was refused");
        Date anHourAgo = Date.from(Instant.now().minus(Duration.ofHours(1)));
        assertRefused(server.issueToken(SchoolAccountProvider.ISSUER, "kate", SchoolAccountProvider.CLIENT_ID, Map.of("email", kate,
                "iat", Date.from(anHourAgo.toInstant().minus(Duration.ofHours(1))), "nbf", anHourAgo, "exp", anHourAgo), 3600L)
                .serialize(), "expired");
        assertRefused(server.issueToken(SchoolAccountProvider.ISSUER, "kate", "another-application", Map.of("email", kate), 3600L).serialize(),
                "aud");
        assertRefused(server.issueToken(SchoolAccountProvider.ISSUER, "kate", SchoolAccountProvider.CLIENT_ID,
                Map.of("email", kate, "email_verified", false), 3600L).serialize(), "not verified");
        assertRefused("not.a.token", "refused");
    }

    @Test
    void aLeaverIsRefusedWithATokenAndAtTasklist() throws Exception {
        StaffMember leaver = newTeachingAssistant("E3051", "Leo", "Marsh", "riverside", "E2001");
        assertThat(bearer("leo.marsh@lt2.example.org").getForEntity("/api/staff/me", String.class).getStatusCode().value()).isEqualTo(200);
        directory.claimLeaving(leaver.id(), LocalDateTime.now());
        identities.close(leaver);

        assertRefused(SchoolAccountProvider.token("leo.marsh@lt2.example.org"), "closed");
        SchoolAccountSession browser = new SchoolAccountSession(port);
        HttpResponse<String> refused = browser.signIn("leo.marsh@lt2.example.org");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Staff careers does not know you", "Leo Marsh", "employment has ended");
    }

    @Test
    void passwordsAreTakenOnlyFromTheAdministrator() throws Exception {
        ResponseEntity<String> amy = as("amy.hughes").getForEntity("/api/staff/me", String.class);
        assertThat(amy.getStatusCode().value()).isEqualTo(401);
        assertThat(amy.getBody()).contains("\"type\":\"AuthenticationException\"", "Passwords are not accepted for this account");
        assertThat(as("helen.carter").getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(as("admin").getForEntity("/engine-rest/user/count", String.class).getStatusCode().value()).isEqualTo(200);

        // Camunda's own password form is closed, for everyone.
        SchoolAccountSession browser = new SchoolAccountSession(port);
        assertThat(browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist", Map.of("username", "helen.carter",
                "password", "demo")).statusCode()).isEqualTo(401);
        assertThat(browser.postForm("/camunda/api/admin/auth/user/default/login/admin", Map.of("username", "admin",
                "password", "admin")).statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

        // The administrator's password page (/login) takes the administrator, and nobody else.
        HttpResponse<String> helen = passwordPage(browser, "helen.carter", "demo");
        assertThat(helen.headers().firstValue("Location")).as(helen.statusCode() + " " + helen.body()).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        HttpResponse<String> admin = passwordPage(browser, "admin", "admin");
        assertThat(admin.headers().firstValue("Location")).as(admin.statusCode() + " " + admin.body()).hasValueSatisfying(
                location -> assertThat(location).endsWith("/camunda/app/admin/default/"));
        assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"admin\"");
    }

    @Test
    void staffSignInToTasklistAtTheProviderAsTheirDirectoryAccountAndLogOut() throws Exception {
        SchoolAccountSession browser = new SchoolAccountSession(port);
        HttpResponse<String> back = browser.signIn("Helen.Carter@lt2.example.org");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(browser.location(back).getPath()).isEqualTo("/camunda/app/tasklist/default/");
        HttpResponse<String> tasklist = browser.follow(back);
        assertThat(tasklist.statusCode()).as(tasklist.uri() + " " + tasklist.headers().map() + tasklist.body()).isEqualTo(200);

        HttpResponse<String> user = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(user.body()).contains("\"userId\":\"helen.carter\"", "\"authorizedApps\"", "tasklist", "cockpit");
        // Her groups and schools are the directory's: she sees her school's cases, through Tasklist's own API.
        assertThat(browser.get("/camunda/api/engine/engine/default/group?member=helen.carter").body()).contains("headteachers");
        // The application's own pages read the API with the Tasklist session, as with a password.
        assertThat(browser.get("/api/staff/me").body()).contains("\"id\":\"E1001\"");

        // Log out, as Tasklist's button does (with the session's CSRF token): the whole session ends.
        assertThat(browser.post("/camunda/api/admin/auth/user/default/logout", "", true).statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/staff/me").statusCode()).isEqualTo(401);
        HttpResponse<String> again = browser.get("/camunda/app/tasklist/default/");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(browser.location(again).getPath()).isEqualTo("/oauth2/authorization/school");
        assertThat(browser.get("/signed-out").body()).contains("You have signed out of Staff careers");
    }

    @Test
    void someoneTheDirectoryDoesNotKnowSeesAPageSayingSoAndGetsNoSession() throws Exception {
        SchoolAccountSession browser = new SchoolAccountSession(port);
        HttpResponse<String> refused = browser.signIn("visitor@elsewhere.example.org");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("Staff careers does not know you", "visitor@elsewhere.example.org", "staff directory");
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> passwordPage(SchoolAccountSession browser, String user, String password) throws Exception {
        String page = browser.get("/login").body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        return browser.postForm("/login", Map.of("username", user, "password", password, "_csrf", csrf));
    }

    private void assertRefused(String token, String reason) {
        ResponseEntity<String> answer = withToken(token).getForEntity("/api/staff/me", String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(401);
        assertThat(answer.getBody()).contains("\"type\":\"AuthenticationException\"", reason);
        assertThat(withToken(token).getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
    }

    private TestRestTemplate bearer(String email) {
        return withToken(SchoolAccountProvider.token(email));
    }

    private TestRestTemplate withToken(String token) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
