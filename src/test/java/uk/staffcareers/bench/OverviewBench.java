package uk.staffcareers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.staffcareers.appraisal.AppraisalCycleProcess;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/**
 * The Staff careers overview in Cockpit (GET /api/overview/year) at the benchmark's volume, on its own and quicker
 * than the whole benchmark: the trust, {@code finished} finished cases of earlier years (see seedFinished) and this
 * year launched for everyone; then a headteacher's page one at a time and {@code users} at once, and HR's
 * page of every school, each with its parts (the answers' Server-Timing). Run with
 * {@code ./mvnw -Pbench verify -Dbench.overview=true [-Dbench.db=postgres]}; writes target/bench/overview.json.
 */
final class OverviewBench {

    private static final Path RESULTS = Path.of("target", "bench", "overview.json");

    private OverviewBench() {
    }

    /**
     * The finished cases as the overview reads them, written directly rather than run through the engine (the whole
     * benchmark's way takes a quarter of an hour at this size): a completed appraisal record and the case's history
     * row (finished, in the school's tenant), one per member of staff per period going back from the one before
     * {@code first}.
     */
    private static int seedFinished(RunningApp app, List<StaffMember> staff, AppraisalPeriod first, int count) {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        String definition = app.bean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey(AppraisalCycleProcess.KEY).latestVersion().list().get(0).getId();
        List<Object[]> appraisals = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        AppraisalPeriod period = first;
        while (appraisals.size() < count) {
            period = AppraisalPeriod.containing(period.start().minusDays(1));
            for (StaffMember member : staff) {
                if (appraisals.size() == count) {
                    break;
                }
                appraisals.add(new Object[] {member.id(), period.label(), period.start(), period.end(), BenchTrust.HR,
                        period.start().atTime(9, 0), member.lineManagerId().toLowerCase()});
                String id = UUID.randomUUID().toString();
                history.add(new Object[] {id, id, period.businessKey(member.id()), AppraisalCycleProcess.KEY, definition,
                        Timestamp.valueOf(period.start().atTime(9, 0)), Timestamp.valueOf(period.end().atTime(17, 0)), id,
                        member.schoolId()});
            }
        }
        jdbc.batchUpdate("""
                insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at,
                  appraiser, objectives_status, pay_recommendation, pay_decision, status)
                values (?, ?, ?, ?, ?, ?, ?, 'AGREED', 'PROGRESSION', 'PROGRESSION', 'COMPLETED')""", appraisals);
        jdbc.batchUpdate("""
                insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,
                  ROOT_PROC_INST_ID_, TENANT_ID_, STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED')""", history);
        return appraisals.size();
    }

    /**
     * One measure: the latencies, the calls per second, this JVM's processor time per call (the server, the clients and, on
     * H2, the database: what two shared cores must find for each page, whatever else the machine runs), and each part's
     * latencies from the answers' Server-Timing.
     */
    private static void measure(Map<String, Object> results, String name, ServerTimings parts,
            java.util.concurrent.Callable<Latencies> calls) throws Exception {
        parts.clear();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Latencies latencies = calls.call();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> summary = new LinkedHashMap<>(latencies.summary());
        summary.put("callsPerSecond", Latencies.round(latencies.count() / seconds));
        summary.put("cpuMsPerCall", Latencies.round((os.getProcessCpuTime() - cpu0) / 1e6 / latencies.count()));
        summary.put("partsP50P95Ms", parts.summary());
        results.put(name, summary);
    }

    static void run(BenchSettings settings) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        results.put("settings", settings);
        BenchDatabase database = new BenchDatabase(settings);
        database.recreate();
        AppraisalPeriod period = AppraisalPeriod.containing(LocalDate.now());
        try (RunningApp app = RunningApp.start(database)) {
            List<StaffMember> staff = BenchTrust.create(app, settings.schools()).stream().filter(s -> s.schoolId() != null).toList();
            long t0 = System.nanoTime();
            results.put("finishedCases", seedFinished(app, staff, period, settings.finishedCases()));
            results.put("finishedSeedingSeconds", Latencies.round((System.nanoTime() - t0) / 1e9));
            BenchLaunch.trust(app, period.label());
            app.analyze();
            List<String> heads = staff.stream().filter(s -> s.role() == Role.HEADTEACHER).map(StaffMember::username).toList();
            ServerTimings parts = new ServerTimings();
            Function<String, Rest.Reply> overview = user -> parts.record(app.rest.get(user, "/api/overview/year"));
            // Warm-up: the first calls compile the paths.
            TasklistQueries.measure(1, 20, heads, overview);
            TasklistQueries.measure(1, 20, List.of(BenchTrust.HR), overview);
            measure(results, "headteacherAlone", parts, () -> TasklistQueries.measure(1, settings.queriesPerUser(), heads, overview));
            measure(results, "hrEverySchoolAlone", parts,
                    () -> TasklistQueries.measure(1, settings.queriesPerUser(), List.of(BenchTrust.HR), overview));
            measure(results, "headteachersAtOnce", parts,
                    () -> TasklistQueries.measure(settings.users(), settings.queriesPerUser(), heads, overview));
        }
        Files.createDirectories(RESULTS.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(RESULTS.toFile(), results);
        System.out.println("[bench] overview = " + results);
    }
}
