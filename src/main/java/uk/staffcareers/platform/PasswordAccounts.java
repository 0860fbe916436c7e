package uk.staffcareers.platform;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * With school accounts, the password sign-in page (/login) for the few accounts that keep a password
 * (staffcareers.sign-in.password-accounts: the administrator): checked against the Camunda account, through the same
 * login throttle as every password. Anyone else is refused whatever they type.
 */
class PasswordAccounts implements AuthenticationProvider {

    private final IdentityService identity;
    private final LoginThrottle throttle;
    private final SignInSettings settings;

    PasswordAccounts(IdentityService identity, LoginThrottle throttle, SignInSettings settings) {
        this.identity = identity;
        this.throttle = throttle;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
        if (!settings.acceptsPasswordOf(user)) {
            throw new BadCredentialsException("This account signs in with " + settings.providerName() + ", not with a password");
        }
        Duration wait = throttle.waitFor(client, user);
        if (!wait.isZero()) {
            throw new LockedException("Too many wrong passwords: try again in " + Math.max(1, wait.toSeconds()) + " seconds");
        }
        if (!identity.checkPassword(user, password)) {
            throttle.failed(client, user);
            throw new BadCredentialsException("Wrong user name or password");
        }
        throttle.succeeded(client, user);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
