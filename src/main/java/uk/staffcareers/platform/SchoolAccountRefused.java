package uk.staffcareers.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The page for someone the provider signed in but Staff careers does not let in (403: unknown to the directory, a
 * leaver), or whose sign-in failed on the way back from the provider (401). Their session ends here: no Camunda
 * session is ever made for them.
 */
class SchoolAccountRefused implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolAccountRefused.class);

    private final SignInSettings settings;

    SchoolAccountRefused(SignInSettings settings) {
        this.settings = settings;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (failure instanceof OAuth2AuthenticationException refused
                && SchoolAccountUsers.NOT_IN_DIRECTORY.equals(refused.getError().getErrorCode())) {
            LOG.warn("Sign-in with a school account refused: {}", refused.getError().getDescription());
            SignInPage.write(response, HttpServletResponse.SC_FORBIDDEN, "Staff careers does not know you", SignInPage.TASKLIST,
                    "Try again", "You signed in with " + settings.providerName() + ", but Staff careers cannot let you in.",
                    refused.getError().getDescription(), "If you work for the trust, ask your school office or HR to check your "
                            + "record in the staff directory: it must hold the work email you sign in with.");
            return;
        }
        LOG.warn("Sign-in with a school account failed: {}", failure.getMessage());
        SignInPage.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Signing in did not work", SignInPage.TASKLIST, "Try again",
                "Signing in with " + settings.providerName() + " did not finish, so you are not signed in to Staff careers.",
                "This happens when the sign-in page was left open too long, or opened twice. Try again.");
    }
}
