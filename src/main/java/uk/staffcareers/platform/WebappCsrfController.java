package uk.staffcareers.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Tasklist session's CSRF token for the application's own pages (the directory's upload page): Camunda's cookie
 * XSRF-TOKEN is scoped to /camunda, so a page outside it cannot read it. Only a page of this site can read this
 * answer (no other origin may), and only with the session.
 */
@RestController
class WebappCsrfController {

    @GetMapping("/api/session/csrf-token")
    ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
        return WebappSession.csrfToken(request).map(token -> ResponseEntity.ok(Map.of("header", "X-XSRF-TOKEN", "token", token)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
