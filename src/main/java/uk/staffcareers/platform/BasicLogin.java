package uk.staffcareers.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials checked against the directory's accounts, through the login throttle. With school accounts
 * (staffcareers.sign-in.mode: oidc) only the accounts that keep a password may use one (the administrator); anyone
 * else is refused before any password is looked at.
 */
@Component
class BasicLogin {

    enum Outcome { NO_CREDENTIALS, ACCEPTED, WRONG_PASSWORD, MUST_WAIT, NO_PASSWORDS }

    record Attempt(Outcome outcome, String user, Duration retryAfter) {
    }

    private final IdentityService identity;
    private final LoginThrottle throttle;
    private final VerifiedLogins verified;
    private final SignInSettings signIn;

    BasicLogin(IdentityService identity, LoginThrottle throttle, VerifiedLogins verified, SignInSettings signIn) {
        this.identity = identity;
        this.throttle = throttle;
        this.verified = verified;
        this.signIn = signIn;
    }

    Attempt attempt(HttpServletRequest request) {
        String[] credentials = credentials(request.getHeader("Authorization"));
        if (credentials == null) {
            return new Attempt(Outcome.NO_CREDENTIALS, null, Duration.ZERO);
        }
        String user = credentials[0];
        if (!signIn.acceptsPasswordOf(user)) {
            return new Attempt(Outcome.NO_PASSWORDS, user, Duration.ZERO);
        }
        String client = request.getRemoteAddr();
        Duration wait = throttle.waitFor(client, user);
        if (!wait.isZero()) {
            return new Attempt(Outcome.MUST_WAIT, user, wait);
        }
        if (verified.verified(user, credentials[1])) {
            return new Attempt(Outcome.ACCEPTED, user, Duration.ZERO);
        }
        if (identity.checkPassword(user, credentials[1])) {
            throttle.succeeded(client, user);
            verified.remember(user, credentials[1]);
            return new Attempt(Outcome.ACCEPTED, user, Duration.ZERO);
        }
        throttle.failed(client, user);
        return new Attempt(Outcome.WRONG_PASSWORD, user, Duration.ZERO);
    }

    /** User name and password, or null when the header is absent or not well-formed Basic. */
    private static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
