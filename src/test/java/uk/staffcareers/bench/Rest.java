package uk.staffcareers.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the application's REST APIs as a user would, with HTTP Basic authentication. */
final class Rest {

    static final String PASSWORD = "bench";
    /** The production profile (no demo) wants at least 12 characters. */
    static final String ADMIN_PASSWORD = "bench-administrator";

    /** An answer: its status, body and headers (e.g. Server-Timing). */
    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        Reply expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    /**
     * HTTP/1.1, as browsers talk to the application (Tomcat here serves no HTTP/2 without TLS): the client's default, HTTP/2,
     * asks for an upgrade that Tomcat declines.
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final int port;

    Rest(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), "application/json");
    }

    Reply post(String user, String path, String json) {
        return post(user, path, json, "application/json");
    }

    Reply post(String user, String path, String json, String accept) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), accept);
    }

    /** A multipart upload (multipart/form-data), one part per file. */
    Reply upload(String user, String path, java.util.Map<String, byte[]> files) {
        String boundary = "bench" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "application/json");
    }

    private Reply send(String user, HttpRequest.Builder request, String accept) {
        String password = "admin".equals(user) ? ADMIN_PASSWORD : PASSWORD;
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + credentials).header("Accept", accept).timeout(Duration.ofMinutes(30));
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closed) {
                // A reading sent on a kept-alive connection the server had just closed ("received no bytes") is asked
                // again once, as a browser does; a change is not, since the server may have made it.
                if (!"GET".equals(built.method())) {
                    throw closed;
                }
                response = client.send(built, HttpResponse.BodyHandlers.ofString());
            }
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
