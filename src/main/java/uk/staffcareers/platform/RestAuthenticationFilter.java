package uk.staffcareers.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication for the REST APIs (/engine-rest and /api), against the directory's
 * Camunda accounts. Every request must authenticate: without valid credentials the answer is 401
 * and nothing else. The engine then checks authorizations and tenants as that user.
 */
class RestAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    RestAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = authenticatedUser(request.getHeader("Authorization"));
        if (userId == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"staff-careers\"");
            response.setContentType("application/json");
            response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":\"Log in with a valid user name and password\"}");
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private String authenticatedUser(String header) {
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
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }
}
