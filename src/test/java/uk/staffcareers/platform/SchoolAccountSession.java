package uk.staffcareers.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's part in signing in with a school account, over plain HTTP: its cookies, each redirect followed by hand so
 * that a test can look at every step, and the provider's sign-in page filled in as a person would (a user name, and
 * the claims of the token: the email).
 */
final class SchoolAccountSession {

    private final String app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

    SchoolAccountSession(int port) {
        this.app = "http://localhost:" + port;
    }

    /** Opens Tasklist, is sent to the provider, signs in there with this email: the application's last answer. */
    HttpResponse<String> signIn(String email) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(app + "/camunda/app/tasklist/default/");
        answer = follow(answer); // to /oauth2/authorization/school
        URI authorize = location(answer);
        if (!authorize.toString().startsWith(SchoolAccountProvider.server().issuerUrl(SchoolAccountProvider.ISSUER).toString())) {
            throw new AssertionError("Not sent to the provider but to " + authorize);
        }
        HttpResponse<String> page = get(authorize.toString());
        if (!page.body().contains("name=\"username\"")) {
            throw new AssertionError("The provider's sign-in page has no user name field: " + page.body());
        }
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(authorize).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "someone", "claims", "{\"email\":\"" + email + "\"}")))));
        return follow(signedIn); // back to /login/oauth2/code/school
    }

    /** Follows one redirect. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        if (redirect.statusCode() != 302) {
            throw new AssertionError("Expected a redirect, got " + redirect.statusCode() + ": " + redirect.body());
        }
        return get(location(redirect).toString());
    }

    URI location(HttpResponse<String> redirect) {
        return redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? app + url : url)).GET());
    }

    /** A POST as Tasklist's own script sends it: JSON, with the session's CSRF token (Camunda's cookie XSRF-TOKEN). */
    HttpResponse<String> post(String path, String json, boolean withToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
        if (withToken && token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return send(request);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(app + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
