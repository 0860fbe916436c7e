package uk.staffcareers.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.appraisal.AppraisalCycleProcess;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.staff.StaffMember;

/**
 * The objectives deadline (issue 19, item 2): every appraisal of the trust has the same deadline, so its timers all fall
 * due at once and each reminds an appraiser. The trust is launched and every appraiser chosen; then the floor's bare timers
 * (a timer and a task, nothing else) fall due by moving the engine's clock, and the job executor's drain is timed; then the
 * appraisals' deadline, timed until every reminder exists, while people read *My tasks* (p95 during the peak). Job
 * executor settings come from the application's configuration, or -Dbench.app.camunda.bpm.job-execution.*. Its own
 * database. Run with {@code ./mvnw -Pbench verify -Dbench.main=uk.staffcareers.bench.TimerPeakBenchmark [-Dbench.db=postgres]}.
 */
public final class TimerPeakBenchmark {

    private static final String FLOOR_KEY = "bench-floor-timer";
    private static final String FLOOR_FORM = "bench-floor-timer-form";
    private static final int READERS = 4;

    private TimerPeakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("bench.app.camunda.bpm.job-execution.enabled", "true");
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchDatabase database = new BenchDatabase(settings, "staffcareers_timer_bench", "h2-timer");
        database.recreate();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        results.put("jobExecutor", jobExecutorSettings());
        try (RunningApp app = RunningApp.start(database)) {
            List<StaffMember> staff = BenchTrust.create(app, settings.schools());
            AppraisalPeriod year = AppraisalPeriod.containing(LocalDate.now());
            BenchLaunch.trust(app, year.label());
            RuntimeService runtime = app.bean(RuntimeService.class);
            List<String> cases = runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY).list()
                    .stream().map(c -> c.getId()).toList();
            TaskWork.run(app, cases, settings.users(), Benchmark.chooseAppraiserOnly(runtime));
            ManagementService management = app.bean(ManagementService.class);
            LongSupplier deadlineTimers = () -> management.createJobQuery().timers().activityId("Event_ObjectivesOverdue").count();
            int timers = (int) deadlineTimers.getAsLong();
            results.put("appraisalTimers", timers);

            LocalDateTime floorDue = LocalDateTime.now(SchoolTime.ZONE).plusHours(1);
            int floorTimers = startFloorTimers(app, timers, floorDue);
            LongSupplier floorJobs = () -> management.createJobQuery().timers().processDefinitionKey(FLOOR_KEY).count();
            results.put("floor", drain(floorDue.plusMinutes(1), floorTimers, floorJobs, null));

            LocalDateTime deadline = ((Date) runtime.getVariable(cases.get(0), "objectivesDueAt")).toInstant().atZone(SchoolTime.ZONE)
                    .toLocalDateTime();
            List<String> everyone = staff.stream().map(StaffMember::username).toList();
            Function<String, Rest.Reply> read = TasklistQueries.myTasks(app);
            Map<String, Object> appraisals = drain(deadline.plusMinutes(1), timers, deadlineTimers, () -> {
                String user = everyone.get(ThreadLocalRandom.current().nextInt(everyone.size()));
                read.apply(user).expect(200, user + "'s My tasks");
            });
            appraisals.put("reminders", app.bean(JdbcClient.class).sql("select count(*) from notification where subject like 'Objectives of % are overdue'")
                    .query(Integer.class).single());
            results.put("appraisals", appraisals);
            results.put("ratioToFloor", Latencies.round((Double) appraisals.get("jobsPerSecond") / (Double) ((Map<?, ?>) results.get("floor"))
                    .get("jobsPerSecond")));
        } finally {
            ClockUtil.reset();
        }
        System.out.println("[bench] timer peak = " + results);
        System.exit(0);
    }

    /** Bare cases waiting on a timer due at {@code due}, then a task: the engine's own cost of a timer that reminds someone. */
    private static int startFloorTimers(RunningApp app, int count, LocalDateTime due) throws InterruptedException {
        app.bean(RepositoryService.class).createDeployment().name("Benchmark timer floor").addModelInstance(FLOOR_KEY + ".bpmn",
                Bpmn.createExecutableProcess(FLOOR_KEY).name("Benchmark timer floor").camundaHistoryTimeToLive(180).camundaVersionTag("bench")
                        .startEvent("FloorTimer_Start").intermediateCatchEvent("FloorTimer_Due").timerWithDate("${dueAt}")
                        .userTask("FloorTimer_Reminder").camundaAssignee("admin").camundaFormRef(FLOOR_FORM).camundaFormRefBinding("deployment")
                        .endEvent("FloorTimer_End").done())
                // Every deployment passes the model rules: a form on each user task.
                .addString(FLOOR_FORM + ".form", "{\"id\": \"" + FLOOR_FORM + "\", \"type\": \"default\", \"schemaVersion\": 16, "
                        + "\"components\": [{\"id\": \"Text_Reminder\", \"type\": \"text\", \"text\": \"A reminder\"}]}")
                .deploy();
        RuntimeService runtime = app.bean(RuntimeService.class);
        Date dueAt = Date.from(due.atZone(SchoolTime.ZONE).toInstant());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.execute(() -> runtime.startProcessInstanceByKey(FLOOR_KEY, "FLOOR-TIMER-" + n, Map.of("dueAt", dueAt)));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return count;
    }

    /**
     * Moves the engine's clock to {@code now} and waits until no timer of the kind is left: the job executor's drain, with
     * READERS people reading their tasks meanwhile when {@code reading} is given.
     */
    private static Map<String, Object> drain(LocalDateTime now, int jobs, LongSupplier left, Runnable reading) throws InterruptedException {
        AtomicBoolean draining = new AtomicBoolean(true);
        Latencies latencies = new Latencies();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        ClockUtil.setCurrentTime(Date.from(now.atZone(SchoolTime.ZONE).toInstant()));
        long t0 = System.nanoTime();
        if (reading != null) {
            for (int r = 0; r < READERS; r++) {
                readers.execute(() -> {
                    while (draining.get()) {
                        long q0 = System.nanoTime();
                        reading.run();
                        latencies.add(System.nanoTime() - q0);
                    }
                });
            }
        }
        // The executor notices the moved clock at its next acquisition (it waits longer and longer while idle): the time to
        // the first timer is that wait; the drain's rate is counted from there.
        double firstAfter = -1;
        for (long remaining = left.getAsLong(); remaining > 0; remaining = left.getAsLong()) {
            if (firstAfter < 0 && remaining < jobs) {
                firstAfter = (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        draining.set(false);
        readers.shutdown();
        readers.awaitTermination(1, TimeUnit.MINUTES);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("jobs", jobs);
        figures.put("seconds", Latencies.round(seconds));
        figures.put("firstTimerAfterSeconds", Latencies.round(firstAfter));
        figures.put("jobsPerSecond", Latencies.round(jobs / (seconds - Math.max(0, firstAfter))));
        if (reading != null) {
            figures.put("myTasksWhileDraining", latencies.summary());
        }
        System.out.println("[bench] drained " + jobs + " timers in " + Latencies.round(seconds) + " s");
        return figures;
    }

    private static Map<String, String> jobExecutorSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.app.camunda.bpm.job-execution."))
                .sorted().forEach(name -> settings.put(name.substring("bench.app.camunda.bpm.job-execution.".length()), System.getProperty(name)));
        return settings;
    }
}
