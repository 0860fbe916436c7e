package uk.staffcareers.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.staffcareers.StaffCareersApplication;

/** The whole application in this JVM, as `mvn spring-boot:run` starts it, on a free port. */
final class RunningApp implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final long startupMillis;
    final Rest rest;

    private RunningApp(ConfigurableApplicationContext context, long startupMillis) {
        this.context = context;
        this.startupMillis = startupMillis;
        this.rest = new Rest(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    /** Starts and returns once the application is ready: models deployed, identities in step, port open. */
    static RunningApp start(BenchDatabase database) {
        Map<String, Object> properties = new LinkedHashMap<>(database.properties());
        properties.put("server.port", 0);
        properties.put("staffcareers.demo.enabled", false);
        properties.put("staffcareers.identity.initial-password", Rest.PASSWORD);
        properties.put("staffcareers.models.directory", ".");
        // Timers of the seeded earlier years would all fall due at once and blur the figures.
        properties.put("camunda.bpm.job-execution.enabled", false);
        properties.put("camunda.bpm.admin-user.id", "admin");
        properties.put("camunda.bpm.admin-user.password", Rest.ADMIN_PASSWORD);
        properties.put("logging.level.root", "WARN");
        // -Dbench.app.<property>=<value> sets an application property for a run (e.g. the job executor's settings).
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.app."))
                .forEach(name -> properties.put(name.substring("bench.app.".length()), System.getProperty(name)));
        long started = System.nanoTime();
        // As command-line arguments, so that they win over application.yaml.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StaffCareersApplication.class).run(arguments);
        return new RunningApp(context, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Statistics for the planners, as a production database has them: PostgreSQL's autovacuum analyzes tables as they
     * grow, but this machine's server runs with autovacuum off (its tests start on empty databases), and without
     * statistics PostgreSQL joins a school's staff to the year's appraisals by a loop over both (60 ms, not 0.3 ms).
     */
    void analyze() {
        bean(org.springframework.jdbc.core.JdbcTemplate.class).execute("analyze");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Heap in use after a full collection, in MiB. */
    static long heapUsedMib() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    @Override
    public void close() {
        context.close();
    }
}
