package uk.staffcareers.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** The REST APIs' one answer to a request that did not authenticate: 401, and the reason as JSON. */
final class Unauthenticated {

    private Unauthenticated() {
    }

    /**
     * The challenge (Basic, Bearer) tells a client how to authenticate; a page's own script (My documents) asks with
     * X-Requested-With and handles 401 itself, so it gets none and the browser shows no password prompt.
     */
    static void answer(HttpServletRequest request, HttpServletResponse response, String challenge, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", challenge + " realm=\"staff-careers\"");
        }
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}");
    }
}
