package uk.staffcareers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/**
 * The Staff careers overview in Cockpit (GET /api/overview/year) at the benchmark's volume, on its own and quicker
 * than the whole benchmark: the trust, {@code finished} finished cases of earlier years (as the benchmark seeds them)
 * and this year launched for everyone; then a headteacher's page one at a time and {@code users} at once, and HR's
 * page of every school. Run with {@code ./mvnw -Pbench verify -Dbench.jvm=-Dbench.overview=true}; writes
 * target/bench/overview.json.
 */
final class OverviewBench {

    private static final Path RESULTS = Path.of("target", "bench", "overview.json");

    private OverviewBench() {
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
            results.put("finishedCases", BenchHistory.seedFinished(app, staff, period, settings.finishedCases()));
            results.put("finishedSeedingSeconds", Latencies.round((System.nanoTime() - t0) / 1e9));
            app.rest.post(BenchTrust.HR, "/api/appraisals/launch", "{\"scope\":\"TRUST\",\"period\":\"" + period.label() + "\"}")
                    .expect(200, "This year's launch");
            List<String> heads = staff.stream().filter(s -> s.role() == Role.HEADTEACHER).map(StaffMember::username).toList();
            Function<String, Rest.Reply> overview = user -> app.rest.get(user, "/api/overview/year");
            // Warm-up: the first calls compile the paths.
            TasklistQueries.measure(1, 20, heads, overview);
            results.put("headteacherAlone", TasklistQueries.measure(1, settings.queriesPerUser(), heads, overview).summary());
            results.put("hrEverySchoolAlone", TasklistQueries.measure(1, settings.queriesPerUser(), List.of(BenchTrust.HR), overview).summary());
            results.put("headteachersAtOnce", TasklistQueries.measure(settings.users(), settings.queriesPerUser(), heads, overview).summary());
        }
        Files.createDirectories(RESULTS.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(RESULTS.toFile(), results);
        System.out.println("[bench] overview = " + results);
    }
}
