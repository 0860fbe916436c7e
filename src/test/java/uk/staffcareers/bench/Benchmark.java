package uk.staffcareers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.staffcareers.appraisal.AppraisalCycleProcess;
import uk.staffcareers.appraisal.AppraisalLaunch;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/**
 * The trust-scale benchmark (README "Benchmark"): launch, concurrent task work and Tasklist queries of
 * the application, each beside the bare engine (the floor) in the same run. Prints a table and writes
 * target/bench/results.json. Run with {@code ./mvnw -Pbench verify [-Dbench.db=postgres]}.
 */
public final class Benchmark {

    private static final Path RESULTS = Path.of("target", "bench", "results.json");
    /** Requests of each query before it is timed (a quiet system's request is otherwise the first of its kind). */
    private static final int WARM_UP_QUERIES = 100;
    /** Requests timed one at a time: of 50, the p95 was the third slowest, and two runs gave 84 and 132 ms. */
    private static final int ALONE_SAMPLES = 200;

    private final BenchSettings settings;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> floorCases = new java.util.ArrayList<>();

    private Benchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.overview")) {
            OverviewBench.run(BenchSettings.fromSystemProperties());
            System.exit(0);
        }
        new Benchmark(BenchSettings.fromSystemProperties()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        results.put("machine", Machine.describe());
        results.put("settings", settings);
        BenchDatabase database = new BenchDatabase(settings);
        database.recreate();
        AppraisalPeriod period = AppraisalPeriod.containing(LocalDate.now());
        AppraisalPeriod previous = AppraisalPeriod.containing(period.start().minusDays(1));
        List<StaffMember> launched;
        try (RunningApp app = RunningApp.start(database)) {
            put("footprint", "startupEmptyDatabaseSeconds", app.startupMillis / 1000.0);
            put("footprint", "heapAfterStartupMib", RunningApp.heapUsedMib());
            try (var connection = app.bean(DataSource.class).getConnection()) {
                results.put("database", database.describe(connection));
            }
            List<StaffMember> staff = timed("setup", "trustSeconds", () -> BenchTrust.create(app, settings.schools()));
            launched = staff.stream().filter(s -> s.schoolId() != null).toList();
            // Last year's cases, still open: the other half of the open cases behind the queries.
            timed("setup", "previousYearLaunchSeconds", () -> BenchLaunch.trustLastYear(app, previous.label()));
            timed("setup", "finishedCasesSeconds", () -> BenchHistory.seedFinished(app, launched, previous, settings.finishedCases()));
        }
        try (RunningApp app = RunningApp.start(database)) {
            Floor floor = new Floor(app);
            app.analyze();
            warmUp(app, floor, period);
            launch(app, floor, period);
            work(app, period);
            queries(app, launched);
            put("footprint", "heapAfterRunMib", RunningApp.heapUsedMib());
            if (!settings.postgres() && Boolean.getBoolean("bench.sql")) {
                try (var connection = app.bean(DataSource.class).getConnection()) {
                    BenchDatabase.writeStatementStatistics(connection, RESULTS.resolveSibling("sql.txt"));
                }
            }
        }
        Map<String, Object> restart = StartupProbe.inNewJvm();
        put("footprint", "startupLoadedSeconds", restart.get("startupSeconds"));
        put("footprint", "heapAfterLoadedStartupMib", restart.get("heapAfterStartupMib"));
        results.put("machineLoad", Machine.load());
        Files.createDirectories(RESULTS.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(RESULTS.toFile(), results);
        LoadChart.write(results, RESULTS.resolveSibling("latency-vs-load.png"));
        System.out.println(Report.table(results));
        System.out.println("Written to " + RESULTS.toAbsolutePath());
    }

    /**
     * The floor's and the application's task work once before anything is measured, so the JIT has compiled both paths:
     * the application's on next year's cases of the first school (they stay open, behind the queries like the others).
     */
    private void warmUp(RunningApp app, Floor floor, AppraisalPeriod period) throws Exception {
        TaskWork.run(app, floor.start(BenchTrust.STAFF_PER_SCHOOL), settings.users(), floorSubmission());
        AppraisalPeriod next = AppraisalPeriod.containing(period.end().plusDays(1));
        BenchLaunch.school(app, "Benchmark School 1", next.label());
        RuntimeService runtime = app.bean(RuntimeService.class);
        TaskWork.run(app, runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY)
                .processInstanceBusinessKeyLike(next.businessKey("%")).list().stream().map(ProcessInstance::getId).toList(),
                settings.users(), appSubmission(runtime));
    }

    /** The floor's launch in two halves around the application's, so drift of a noisy machine falls on both. */
    private void launch(RunningApp app, Floor floor, AppraisalPeriod period) throws Exception {
        int n = settings.staff();
        long t0 = System.nanoTime();
        floorCases.addAll(floor.start(n / 2));
        double floorFirst = seconds(t0);
        t0 = System.nanoTime();
        int started = (Integer) BenchLaunch.trust(app, period.label()).get("started");
        double appSeconds = seconds(t0);
        t0 = System.nanoTime();
        floorCases.addAll(floor.start(n - n / 2));
        double floorSeconds = floorFirst + seconds(t0);
        Map<String, Object> launch = section("launch");
        launch.put("appCases", started);
        launch.put("appSeconds", Latencies.round(appSeconds));
        launch.put("appCasesPerSecond", Latencies.round(started / appSeconds));
        launch.put("floorCases", n);
        launch.put("floorSeconds", Latencies.round(floorSeconds));
        launch.put("floorCasesPerSecond", Latencies.round(n / floorSeconds));
        launch.put("ratio", ratio(started / appSeconds, n / floorSeconds));
        System.out.println("[bench] launch = " + launch);
    }

    /**
     * Capacity with users who never pause, as three alternating runs (floor, application, floor, application, floor,
     * application, floor): each application run is set against the mean of the floor runs either side of it, and the
     * headline ratio is the median of the three, with their spread. Then requests arriving at a rate (open load).
     */
    private void work(RunningApp app, AppraisalPeriod period) throws InterruptedException {
        RuntimeService runtime = app.bean(RuntimeService.class);
        List<String> allAppCases = runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY)
                .processInstanceBusinessKeyLike(period.businessKey("%")).list().stream().map(ProcessInstance::getId).toList();
        // Half the cases for users who never pause (the capacity), the other half for requests arriving at a rate.
        int appHalf = allAppCases.size() / 2;
        int floorHalf = floorCases.size() / 2;
        List<TaskWork.Outcome> floorRuns = new java.util.ArrayList<>();
        List<TaskWork.Outcome> appRuns = new java.util.ArrayList<>();
        floorRuns.add(TaskWork.run(app, part(floorCases.subList(0, floorHalf), 0, RUNS + 1), settings.users(), floorSubmission()));
        for (int run = 0; run < RUNS; run++) {
            appRuns.add(TaskWork.run(app, part(allAppCases.subList(0, appHalf), run, RUNS), settings.users(), appSubmission(runtime)));
            floorRuns.add(TaskWork.run(app, part(floorCases.subList(0, floorHalf), run + 1, RUNS + 1), settings.users(), floorSubmission()));
        }
        String failure = java.util.stream.Stream.concat(appRuns.stream(), floorRuns.stream()).filter(o -> o.failures() > 0)
                .map(TaskWork.Outcome::firstFailure).findFirst().orElse(null);
        if (failure != null) {
            throw new IllegalStateException("A completion failed, so no ratio is given: " + failure);
        }
        List<Double> ratios = toFloorEitherSide(appRuns.stream().map(TaskWork.Outcome::perSecond).toList(),
                floorRuns.stream().map(TaskWork.Outcome::perSecond).toList());
        Map<String, Object> work = section("taskWork");
        work.put("users", settings.users());
        work.put("appRuns", appRuns.stream().map(TaskWork.Outcome::summary).toList());
        work.put("floorRuns", floorRuns.stream().map(TaskWork.Outcome::summary).toList());
        TaskWork.Outcome floor = TaskWork.Outcome.combined(floorRuns);
        work.put("app", TaskWork.Outcome.combined(appRuns).summary());
        work.put("floor", floor.summary());
        work.put("floorCompletionsPerSecond", Latencies.round(floor.perSecond()));
        work.put("ratios", ratios);
        work.put("ratio", median(ratios));
        work.put("ratioSpread", spread(ratios));
        System.out.println("[bench] taskWork = " + work);
        results.put("openLoadCompletions", OpenLoadPhase.completions(app, allAppCases.subList(appHalf, allAppCases.size()),
                appSubmission(runtime), floorCases.subList(floorHalf, floorCases.size()), floorSubmission(), floor.perSecond()));
    }

    /** The headline ratios are medians of this many alternating runs. */
    static final int RUNS = 3;

    /** Each application run's rate against the mean of the floor runs either side of it (floor, app, floor, app … floor). */
    static List<Double> toFloorEitherSide(List<Double> appRates, List<Double> floorRates) {
        return java.util.stream.IntStream.range(0, appRates.size())
                .mapToObj(run -> ratio(appRates.get(run), (floorRates.get(run) + floorRates.get(run + 1)) / 2)).toList();
    }

    /** The index-th of parts equal slices of the cases. */
    static List<String> part(List<String> cases, int index, int parts) {
        return cases.subList(cases.size() * index / parts, cases.size() * (index + 1) / parts);
    }

    /** Highest less lowest. */
    static double spread(List<Double> values) {
        var stats = values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return Math.round((stats.getMax() - stats.getMin()) * 100) / 100.0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void queries(RunningApp app, List<StaffMember> staff) throws InterruptedException {
        app.analyze();
        HistoryService history = app.bean(HistoryService.class);
        Map<String, Object> queries = section("queries");
        queries.put("finishedCases", history.createHistoricProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY)
                .finished().count());
        queries.put("openCases", app.bean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey(AppraisalCycleProcess.KEY).count());
        queries.put("users", settings.users());
        List<String> everyone = staff.stream().map(StaffMember::username).toList();
        List<String> heads = staff.stream().filter(s -> s.role() == Role.HEADTEACHER).map(StaffMember::username).toList();
        Function<String, Rest.Reply> myTasksQuery = TasklistQueries.myTasks(app);
        Function<String, Rest.Reply> openCasesQuery = head -> app.rest.get(head, TasklistQueries.SCHOOL_OPEN_CASES);
        // Each query's path compiled before it is timed, as task work's is (nothing before this phase asks them).
        Function<String, Rest.Reply> floorQuery = TasklistQueries.floorMyTasks(app);
        TasklistQueries.measure(1, WARM_UP_QUERIES, everyone, myTasksQuery);
        TasklistQueries.measure(1, WARM_UP_QUERIES, everyone, floorQuery);
        TasklistQueries.measure(1, WARM_UP_QUERIES, heads, openCasesQuery);
        // One person asking on a quiet system, then everyone at once (where the queue on two cores is most of the wait).
        queries.put("myTasksAlone", TasklistQueries.measure(1, ALONE_SAMPLES, everyone, myTasksQuery).summary());
        queries.put("schoolOpenCasesAlone", TasklistQueries.measure(1, ALONE_SAMPLES, heads, openCasesQuery).summary());
        queries.put("myTasks", TasklistQueries.measure(settings.users(), settings.queriesPerUser(), everyone, myTasksQuery).summary());
        // The floor's query, for a random member of staff.
        long q0 = System.nanoTime();
        int floorQueries = TasklistQueries.measure(settings.users(), settings.queriesPerUser(), everyone, floorQuery).count();
        results.put("openLoadMyTasks", OpenLoadPhase.queries(floorQueries / seconds(q0), myTasksQuery, everyone, floorQuery));
        queries.put("schoolOpenCases", TasklistQueries.measure(settings.users(), settings.queriesPerUser(), heads, openCasesQuery).summary());
        // The Staff careers page in Cockpit: a headteacher's school, and HR's every school with the roll-up.
        Function<String, Rest.Reply> overview = user -> app.rest.get(user, "/api/overview/year");
        queries.put("overviewAlone", TasklistQueries.measure(1, settings.queriesPerUser(), heads, overview).summary());
        queries.put("overviewTrustAlone", TasklistQueries.measure(1, settings.queriesPerUser(), List.of(BenchTrust.HR), overview).summary());
        queries.put("overview", TasklistQueries.measure(settings.users(), settings.queriesPerUser(), heads, overview).summary());
        System.out.println("[bench] queries = " + queries);
    }

    /** The appraisal's first steps as the people named on them would fill in the forms. */
    static TaskWork.Submission appSubmission(RuntimeService runtime) {
        return new TaskWork.Submission() {
            @Override
            public String user(Task task) {
                return task.getAssignee();
            }

            @Override
            public String variables(Task task) {
                return switch (task.getTaskDefinitionKey()) {
                    case "Task_ChooseAppraiser" -> TaskWork.variables("appraiserStaffId",
                            (String) runtime.getVariable(task.getProcessInstanceId(), "appraiserStaffId"));
                    case "Task_DraftObjectives" -> OBJECTIVES;
                    case "Task_AgreeObjectives" -> TaskWork.variables("agreement", "AGREE");
                    default -> null;
                };
            }
        };
    }

    /** Only the headteacher's choice of appraiser: the case then waits for its objectives, with the deadline's timer. */
    static TaskWork.Submission chooseAppraiserOnly(RuntimeService runtime) {
        TaskWork.Submission all = appSubmission(runtime);
        return new TaskWork.Submission() {
            @Override
            public String user(Task task) {
                return all.user(task);
            }

            @Override
            public String variables(Task task) {
                return "Task_ChooseAppraiser".equals(task.getTaskDefinitionKey()) ? all.variables(task) : null;
            }
        };
    }

    /** The same submissions on the floor's tasks, by the administrator (no authorization checks). */
    static TaskWork.Submission floorSubmission() {
        return new TaskWork.Submission() {
            @Override
            public String user(Task task) {
                return "admin";
            }

            @Override
            public String variables(Task task) {
                return switch (task.getTaskDefinitionKey()) {
                    case "Floor_Task1" -> TaskWork.variables("appraiserStaffId", "B00102");
                    case "Floor_Task2" -> OBJECTIVES;
                    case "Floor_Task3" -> TaskWork.variables("agreement", "AGREE");
                    default -> null;
                };
            }
        };
    }

    private static final String OBJECTIVES = TaskWork.variables("objective1", "Raise attainment in Year 4 writing",
            "criteria1", "80% of the group reach the expected standard", "assessment1", "Writing moderation and one observation",
            "developmentObjective", "NONE");

    private <T> T timed(String section, String name, Callable<T> step) throws Exception {
        long t0 = System.nanoTime();
        T result = step.call();
        put(section, name, Latencies.round(seconds(t0)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        return (Map<String, Object>) results.computeIfAbsent(name, n -> new LinkedHashMap<String, Object>());
    }

    private void put(String section, String name, Object value) {
        section(section).put(name, value);
        System.out.println("[bench] " + section + "." + name + " = " + value);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double ratio(double app, double floor) {
        return Math.round(app / floor * 100) / 100.0;
    }
}
