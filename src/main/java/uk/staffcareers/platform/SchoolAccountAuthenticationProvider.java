package uk.staffcareers.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps (through its ContainerBasedAuthenticationFilter) who Spring Security signed in: the account a
 * school account was matched to, or the administrator who used a password. Camunda then reads the account's groups and
 * schools itself, from the directory's accounts: a token's groups or roles are never taken. Made by Camunda by its
 * class name, so it reads Spring Security's context rather than beans.
 */
public class SchoolAccountAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken
                || signedIn.getName() == null || signedIn.getName().isBlank()) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(signedIn.getName());
    }
}
