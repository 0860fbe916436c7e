package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes of the application started at the same moment on one fresh PostgreSQL database, as
 * two processes of the built jar: both must come up and serve, whichever wins the race for the
 * schema and for the directory's tenants, groups and users. Then both again on the database the
 * first pair made. PostgreSQL suite only (-Ppostgres): H2 is one process's database.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class TwoNodesStartIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final String SERVER = System.getenv().getOrDefault("STAFFCAREERS_TEST_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DB_USER = System.getenv().getOrDefault("STAFFCAREERS_TEST_DB_USER", "postgres");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> nodes = new ArrayList<>();
    private String database;

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = "staffcareers_two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
    }

    @AfterEach
    void stopNodesAndDropDatabase() throws Exception {
        stopNodes();
        execute("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void twoNodesStartedTogetherBothStartAndServeOnAnEmptyAndOnAnExistingDatabase() throws Exception {
        bothStartAndServe("empty");
        stopNodes();
        bothStartAndServe("existing");
    }

    private void bothStartAndServe(String round) throws Exception {
        int[] ports = {freePort(), freePort()};
        for (int i = 0; i < ports.length; i++) {
            nodes.add(start(ports[i], round + "-" + (i + 1)));
        }
        for (int i = 0; i < ports.length; i++) {
            String node = round + " database, node " + (i + 1);
            awaitHealthy(nodes.get(i), ports[i], node);
            assertThat(get(ports[i], "/actuator/health", null).body()).as(node).startsWith("{\"status\":\"UP\"");
            HttpResponse<String> me = get(ports[i], "/api/staff/me", "helen.carter:demo");
            assertThat(me.statusCode()).as(node).isEqualTo(200);
            assertThat(me.body()).as(node).contains("Carter");
            // One tenant per school and one for the trust's own staff, each created once however the nodes raced.
            assertThat(get(ports[i], "/engine-rest/tenant/count", "admin:admin").body()).as(node + ": the schools' and the trust's tenants")
                    .isEqualTo("{\"count\":3}");
        }
    }

    private Process start(int port, String name) throws IOException {
        Path log = Path.of("target", "two-nodes", database + "-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", applicationJar().getPath(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + SERVER + database,
                "--spring.datasource.username=" + DB_USER,
                "--spring.datasource.password=",
                "--STAFFCAREERS_ADMIN_PASSWORD=admin",
                "--camunda.bpm.job-execution.enabled=false",
                // readiness is UP only once start-up work (directory, access rules, models) is done
                "--management.endpoint.health.probes.enabled=true");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits for a node to be ready; fails at once when it has died, with the end of the logs. */
    private void awaitHealthy(Process node, int port, String name) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!node.isAlive()) {
                throw new AssertionError(name + " died while starting:\n" + tailOfLog(name));
            }
            try {
                if (get(port, "/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError(name + " did not start within " + START_TIMEOUT);
    }

    private String tailOfLog(String name) throws IOException {
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(Path.of("target", "two-nodes"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(database)).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                logs.append("--- ").append(file).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).append('\n');
            }
        }
        return logs.toString();
    }

    private HttpResponse<String> get(int port, String path, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void stopNodes() throws InterruptedException {
        for (Process node : nodes) {
            node.destroy();
            node.waitFor();
        }
        nodes.clear();
    }

    private static File applicationJar() {
        File[] jars = new File("target").listFiles((dir, name) -> name.startsWith("staff-careers-") && name.endsWith(".jar"));
        if (jars == null || jars.length != 1) {
            throw new IllegalStateException("Build the application's jar first (mvn verify builds it before this test)");
        }
        return jars[0];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", DB_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
