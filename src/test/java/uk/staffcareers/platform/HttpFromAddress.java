package uk.staffcareers.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 request sent from a chosen loopback address (127.0.0.2, 127.0.0.3 …), so that a
 * test can play a second computer: the application sees that address as the client's.
 */
final class HttpFromAddress {

    record Answer(int status, Map<String, String> headers, List<String> cookies, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String from;
    private final int port;

    HttpFromAddress(String from, int port) {
        this.from = from;
        this.port = port;
    }

    Answer get(String path, String user, String password) throws IOException {
        return send("GET", path, user, password, null, null, List.of());
    }

    /**
     * A form posted to the Camunda webapps, as a browser does: first a page, for the session and the
     * CSRF token that Camunda requires on every POST, then the form with both.
     */
    Answer postWebappForm(String path, String form) throws IOException {
        Answer page = send("GET", "/camunda/app/tasklist/default/", null, null, null, null, List.of());
        String token = page.cookies().stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .map(c -> c.substring("XSRF-TOKEN=".length())).orElseThrow();
        List<String> headers = List.of("X-XSRF-TOKEN: " + token, "Cookie: " + String.join("; ", page.cookies()),
                "Origin: http://localhost:" + port);
        return send("POST", path, null, null, "application/x-www-form-urlencoded", form, headers);
    }

    private Answer send(String method, String path, String user, String password, String contentType, String body,
            List<String> extraHeaders) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\n");
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.append("Authorization: Basic ").append(credentials).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        extraHeaders.forEach(header -> request.append(header).append("\r\n"));
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            headers.put(name, value);
            if (name.equals("set-cookie")) {
                cookies.add(value.split(";")[0]);
            }
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, cookies, text.substring(end + 4));
    }
}
