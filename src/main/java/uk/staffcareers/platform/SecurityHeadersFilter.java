package uk.staffcareers.platform;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Headers on every answer, set before anything else runs so that refusals and error pages carry
 * them too: no content-type guessing, no framing by other sites (click-jacking), no full address
 * sent to other sites. Answers of the APIs (documents included) hold personal data, so no browser
 * or proxy may store them.
 */
class SecurityHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // same-origin rather than no-referrer: with no-referrer browsers send "Origin: null" on a POST,
        // which Camunda's CSRF filter rightly refuses.
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            response.setHeader("Cache-Control", "no-store");
            response = new NeverStored(response);
        }
        chain.doFilter(request, response);
    }

    /** Keeps no-store when the engine's REST API sets its own "Cache-Control: no-cache" on GETs. */
    private static class NeverStored extends HttpServletResponseWrapper {
        NeverStored(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
