package uk.staffcareers.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Who is signed in to the Camunda webapps (Tasklist, Cockpit) in this browser session, if anyone, and the session's
 * CSRF token: the one Camunda's own CSRF filter gives the webapps (cookie XSRF-TOKEN, header X-XSRF-TOKEN).
 */
final class WebappSession {

    private static final String ENGINE = "default";

    private WebappSession() {
    }

    static Optional<String> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
        return Optional.ofNullable(user).map(Authentication::getIdentityId);
    }

    /** The session's CSRF token, as Camunda's CsrfPreventionFilter keeps it; empty before a webapp page set one. */
    static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /** The request carries the session's CSRF token in the X-XSRF-TOKEN header (compared in constant time). */
    static boolean csrfTokenSent(HttpServletRequest request) {
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return sent != null && csrfToken(request)
                .map(token -> MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
