package uk.staffcareers.platform;

import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator stays open (a load balancer asks /actuator/health for UP or DOWN), but its details
 * are for administrators: whoever sends HTTP Basic credentials is checked like any login, and the
 * actuator sees their Camunda groups as roles (management.endpoint.health.roles: camunda-admin).
 */
class ActuatorAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final BasicLogin login;

    ActuatorAuthenticationFilter(IdentityService identity, BasicLogin login) {
        this.identity = identity;
        this.login = login;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BasicLogin.Attempt attempt = login.attempt(request);
        switch (attempt.outcome()) {
            case NO_CREDENTIALS -> chain.doFilter(request, response);
            case MUST_WAIT -> LoginThrottle.refuse(response, attempt.retryAfter());
            case WRONG_PASSWORD, NO_PASSWORDS -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Basic realm=\"staff-careers\"");
            }
            case ACCEPTED -> chain.doFilter(new Authenticated(request, attempt.user(), groupsOf(attempt.user())), response);
        }
    }

    private Set<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).collect(Collectors.toSet());
    }

    private static class Authenticated extends HttpServletRequestWrapper {
        private final String user;
        private final Set<String> groups;

        Authenticated(HttpServletRequest request, String user, Set<String> groups) {
            super(request);
            this.user = user;
            this.groups = groups;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }
    }
}
