package uk.staffcareers.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.staffcareers.appraisal.AppraisalCycleProcess;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.StaffMember;

/**
 * Where a completion's and a "My tasks" request's time goes in the database (issue 19, item 5): the application's and
 * the floor's, one request at a time, each statement with its calls and time per request (PostgreSQL, with
 * pg_stat_statements loaded: README "Benchmark"; on H2, whose statistics keep too few statements to compare, only the
 * time per request). Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=uk.staffcareers.bench.CompletionProfile -Dbench.staff=500 [-Dbench.db=postgres]}.
 */
public final class CompletionProfile {

    private static final int WARM_UP_CASES = 100;
    private static final int MEASURED_CASES = 150;
    private static final int QUERIES = 300;

    private CompletionProfile() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchDatabase database = new BenchDatabase(settings, "staffcareers_profile", "h2-profile");
        database.recreate();
        AppraisalPeriod period = AppraisalPeriod.containing(LocalDate.now());
        try (RunningApp app = RunningApp.start(database)) {
            List<StaffMember> staff = BenchTrust.create(app, settings.schools());
            Floor floor = new Floor(app);
            // Last year's cases and this year's open, as behind the main benchmark's queries.
            BenchLaunch.trustLastYear(app, AppraisalPeriod.containing(period.start().minusDays(1)).label());
            BenchLaunch.trust(app, period.label());
            List<String> floorCases = floor.start(WARM_UP_CASES + MEASURED_CASES);
            RuntimeService runtime = app.bean(RuntimeService.class);
            List<String> appCases = runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY)
                    .processInstanceBusinessKeyLike(period.businessKey("%")).list().stream().map(ProcessInstance::getId).toList();
            app.analyze();
            TaskWork.run(app, floorCases.subList(0, WARM_UP_CASES), 2, Benchmark.floorSubmission());
            TaskWork.run(app, appCases.subList(0, WARM_UP_CASES), 2, Benchmark.appSubmission(runtime));
            try (Statistics statistics = new Statistics(settings)) {
                statistics.measure("application completion", () -> TaskWork.run(app,
                        appCases.subList(WARM_UP_CASES, WARM_UP_CASES + MEASURED_CASES), 1, Benchmark.appSubmission(runtime)));
                statistics.measure("floor completion", () -> TaskWork.run(app,
                        floorCases.subList(WARM_UP_CASES, WARM_UP_CASES + MEASURED_CASES), 1, Benchmark.floorSubmission()));
                List<String> people = staff.stream().map(StaffMember::username).toList();
                Function<String, Rest.Reply> appQuery = TasklistQueries.myTasks(app);
                Function<String, Rest.Reply> floorQuery = TasklistQueries.floorMyTasks(app);
                TasklistQueries.measure(1, QUERIES, people, appQuery);
                TasklistQueries.measure(1, QUERIES, people, floorQuery);
                statistics.measure("application My tasks", () -> TasklistQueries.measure(1, QUERIES, people, appQuery));
                statistics.measure("floor My tasks", () -> TasklistQueries.measure(1, QUERIES, people, floorQuery));
            }
        }
        System.exit(0);
    }

    /** What one side did, measured as the difference of the database's statement statistics before and after. */
    private interface Side {
        Object run() throws Exception;
    }

    private static final class Statistics implements AutoCloseable {

        private final Connection connection;

        Statistics(BenchSettings settings) throws SQLException {
            // The extension's view lives in any database of the server; the application's database is picked by its id.
            connection = settings.postgres() ? DriverManager.getConnection(settings.postgresUrl() + "postgres", settings.postgresUser(), "")
                    : null;
            if (connection != null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("create extension if not exists pg_stat_statements");
                }
            }
        }

        void measure(String name, Side side) throws Exception {
            Map<String, double[]> before = snapshot();
            long t0 = System.nanoTime();
            Object outcome = side.run();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, double[]> after = snapshot();
            int requests = outcome instanceof TaskWork.Outcome work ? work.completions() : ((Latencies) outcome).count();
            Map<String, double[]> perRequest = new HashMap<>();
            after.forEach((query, figures) -> {
                double[] was = before.getOrDefault(query, new double[2]);
                double calls = (figures[0] - was[0]) / requests;
                if (calls > 0) {
                    perRequest.put(query, new double[] {calls, (figures[1] - was[1]) / requests});
                }
            });
            double statements = perRequest.values().stream().mapToDouble(f -> f[0]).sum();
            double databaseMs = perRequest.values().stream().mapToDouble(f -> f[1]).sum();
            System.out.printf("%n[profile] %s: %d requests, %.2f ms each in all%s%n", name, requests, seconds * 1000 / requests,
                    connection == null ? "" : String.format(", %.1f statements and %.2f ms in the database each", statements, databaseMs));
            perRequest.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1])).limit(40)
                    .forEach(e -> {
                        String statement = e.getKey().replaceAll("\\s+", " ");
                        System.out.printf("[profile]   %5.2f calls %6.3f ms  %s%n", e.getValue()[0], e.getValue()[1],
                                statement.substring(0, Math.min(220, statement.length())));
                    });
        }

        private Map<String, double[]> snapshot() throws SQLException {
            Map<String, double[]> figures = new HashMap<>();
            if (connection == null) {
                return figures;
            }
            try (Statement s = connection.createStatement(); var rows = s.executeQuery("select query, calls, total_exec_time"
                    + " from pg_stat_statements where dbid = (select oid from pg_database where datname = 'staffcareers_profile')")) {
                while (rows.next()) {
                    figures.merge(rows.getString(1), new double[] {rows.getLong(2), rows.getDouble(3)},
                            (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            return figures;
        }

        @Override
        public void close() throws SQLException {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
