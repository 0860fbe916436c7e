package uk.staffcareers.platform;

import java.util.Optional;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Who is signed in to the Camunda webapps (Tasklist, Cockpit) in this browser session, if anyone. */
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
}
