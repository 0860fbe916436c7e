package uk.staffcareers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A member of staff signed in to Tasklist as the browser is: the webapp's session cookie and its CSRF
 * token, for calling the API Tasklist itself calls (/camunda/api/engine).
 */
public final class TasklistSession {

    private final TestRestTemplate rest;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    private TasklistSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Signs in as a demo user (password "demo", the administrator's "admin") through Tasklist's own login, as its page does. */
    public static TasklistSession signIn(TestRestTemplate rest, String user) {
        TasklistSession session = new TasklistSession(rest);
        session.send(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", "admin".equals(user) ? "admin" : "demo");
        ResponseEntity<String> login = session.send(HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/tasklist", form,
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(login.getStatusCode().value()).as("sign in: " + login.getBody()).isEqualTo(200);
        session.send(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
        return session;
    }

    public ResponseEntity<String> post(String path, Object body) {
        return send(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
    }

    /** A POST as a page would send it, of any content type (a multipart upload), with the CSRF token or without it. */
    public ResponseEntity<String> post(String path, Object body, MediaType type, boolean withToken) {
        String token = csrf;
        csrf = withToken ? csrf : null;
        try {
            return send(HttpMethod.POST, path, body, type);
        } finally {
            csrf = token;
        }
    }

    /** The CSRF token of the session, as Tasklist's cookie holds it. */
    public String csrfToken() {
        return csrf;
    }

    public ResponseEntity<String> get(String path) {
        return send(HttpMethod.GET, path, null, null);
    }

    ResponseEntity<String> put(String path, Object body) {
        return send(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        if (!cookies.isEmpty()) {
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        if (csrf != null) {
            headers.add("X-XSRF-TOKEN", csrf);
        }
        ResponseEntity<String> answer = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        for (String set : answer.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            String[] pair = set.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String token = answer.getHeaders().getFirst("X-XSRF-TOKEN");
        csrf = token != null ? token : cookies.getOrDefault("XSRF-TOKEN", csrf);
        return answer;
    }
}
