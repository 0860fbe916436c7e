package uk.staffcareers.platform;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication for the REST APIs (/engine-rest and /api), against the directory's
 * Camunda accounts; with school accounts (staffcareers.sign-in.mode: oidc) also the provider's bearer tokens, which
 * Spring Security's resource server has checked and matched to an account by email (ProviderTokens) before this
 * filter runs. Every request must authenticate: without valid credentials the answer is 401
 * and nothing else; a client that has sent too many wrong passwords for the account is answered 429
 * (see LoginThrottle). The engine then checks authorizations and tenants as that user.
 *
 * Someone signed in to Tasklist also reads the application's own API (/api: their documents, their
 * notifications) with the webapps' session, so a link in a form opens without a second login. Only to read
 * (GET and HEAD): a change still needs the password, so a forged cross-site request changes nothing. The one
 * exception is the directory's upload page (/api/directory/, POST and PUT): there the session is accepted only with
 * the session's CSRF token in the X-XSRF-TOKEN header, which another site can neither read nor send; without it the
 * request is refused (403) before anything runs.
 */
class RestAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final BasicLogin login;
    private final VerifiedLogins verified;
    private final SignInSettings signIn;

    RestAuthenticationFilter(IdentityService identity, BasicLogin login, VerifiedLogins verified, SignInSettings signIn) {
        this.identity = identity;
        this.login = login;
        this.verified = verified;
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tokenUser = ProviderTokens.signedInUser().orElse(null);
        if (tokenUser != null) {
            authenticatedAs(tokenUser, request, response, chain);
            return;
        }
        String sessionUser = request.getHeader("Authorization") == null && readsTheApplicationsApi(request)
                ? WebappSession.user(request).orElse(null) : null;
        if (sessionUser != null) {
            authenticatedAs(sessionUser, request, response, chain);
            return;
        }
        String pageUser = request.getHeader("Authorization") == null && changesTheDirectory(request)
                ? WebappSession.user(request).orElse(null) : null;
        if (pageUser != null) {
            if (!WebappSession.csrfTokenSent(request)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.getWriter().write("{\"type\":\"CsrfRefused\",\"message\":\"Refused: the page's security token "
                        + "(X-XSRF-TOKEN) is missing or out of date. Reload the page and try again\"}");
                return;
            }
            authenticatedAs(pageUser, request, response, chain);
            return;
        }
        BasicLogin.Attempt attempt = login.attempt(request);
        if (attempt.outcome() == BasicLogin.Outcome.MUST_WAIT) {
            LoginThrottle.refuse(response, attempt.retryAfter());
            return;
        }
        if (attempt.outcome() == BasicLogin.Outcome.NO_PASSWORDS) {
            Unauthenticated.answer(request, response, "Bearer", "Passwords are not accepted for this account: send a bearer token from "
                    + signIn.providerName());
            return;
        }
        if (attempt.outcome() != BasicLogin.Outcome.ACCEPTED) {
            Unauthenticated.answer(request, response, signIn.withProvider() ? "Bearer" : "Basic", signIn.withProvider()
                    ? "Send a valid bearer token from " + signIn.providerName() : "Log in with a valid user name and password");
            return;
        }
        authenticatedAs(attempt.user(), request, response, chain);
    }

    private static boolean readsTheApplicationsApi(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") && ("GET".equals(method) || "HEAD".equals(method));
    }

    /** The directory's upload page changes records with the Tasklist session and the CSRF token (see above). */
    private static boolean changesTheDirectory(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/directory/") && ("POST".equals(method) || "PUT".equals(method));
    }

    /**
     * The person's groups, and their schools (tenants): given to them, or to one of their groups. Asked group by group:
     * the engine's one query for both ("including groups of user") reads every school membership on H2, 5,255 rows at
     * the benchmark's 5,000 staff against 2, and each first request of someone in a minute paid it.
     */
    private VerifiedLogins.Memberships membershipsOf(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        Set<String> schools = new TreeSet<>();
        identity.createTenantQuery().userMember(userId).list().forEach(school -> schools.add(school.getId()));
        for (String group : groups) {
            identity.createTenantQuery().groupMember(group).list().forEach(school -> schools.add(school.getId()));
        }
        return new VerifiedLogins.Memberships(groups, List.copyOf(schools));
    }

    private void authenticatedAs(String userId, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        VerifiedLogins.Memberships member = verified.memberships(userId, () -> membershipsOf(userId));
        identity.setAuthentication(userId, member.groups(), member.tenants());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
