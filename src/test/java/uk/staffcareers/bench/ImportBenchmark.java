package uk.staffcareers.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The directory import at trust scale (README "Benchmark"): a trust of {@code bench.staff} people in schools of 100
 * brought into an empty installation from its three CSV files by the administrator, previewed then applied; then the
 * same files again (everything unchanged). Its own database (staffcareers_import_bench on PostgreSQL). Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=uk.staffcareers.bench.ImportBenchmark [-Dbench.db=postgres]}.
 */
public final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchDatabase database = new BenchDatabase(settings, "staffcareers_import_bench", "h2-import");
        database.recreate();
        Map<String, byte[]> files = TrustFiles.of(settings.schools());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        try (RunningApp app = RunningApp.start(database)) {
            try (var connection = app.bean(javax.sql.DataSource.class).getConnection()) {
                results.put("database", database.describe(connection));
            }
            results.put("fileBytes", files.values().stream().mapToInt(b -> b.length).sum());
            results.put("first", previewAndApply(app, files, "new"));
            results.put("again", previewAndApply(app, files, "unchanged"));
        }
        System.out.println("[bench] import = " + results);
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.exit(0);
    }

    private static Map<String, Object> previewAndApply(RunningApp app, Map<String, byte[]> files, String expected) throws Exception {
        long t0 = System.nanoTime();
        JsonNode preview = JSON.readTree(app.rest.upload("admin", "/api/directory/imports", files).expect(200, "The preview").body());
        double previewSeconds = seconds(t0);
        t0 = System.nanoTime();
        JsonNode applied = JSON.readTree(app.rest.post("admin", "/api/directory/imports/" + preview.get("id").asText() + "/apply", "")
                .expect(200, "The apply").body());
        double applySeconds = seconds(t0);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("staff" + Character.toUpperCase(expected.charAt(0)) + expected.substring(1), applied.get("counts").get(expected).asInt());
        figures.put("previewSeconds", Latencies.round(previewSeconds));
        figures.put("applySeconds", Latencies.round(applySeconds));
        figures.put("totalSeconds", Latencies.round(previewSeconds + applySeconds));
        System.out.println("[bench] import " + expected + " = " + figures);
        return figures;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The trust's three files as its MIS would export them: schools, staff (as BenchTrust's), two qualifications per assistant. */
    static final class TrustFiles {

        private TrustFiles() {
        }

        static Map<String, byte[]> of(int schools) {
            StringBuilder school = new StringBuilder("Trust,URN,School name\n");
            StringBuilder staff = new StringBuilder("Staff number,Title,Forenames,Surname,Work email,School,Role,Contract type,"
                    + "Contract end date,FTE,Start date,Line manager,QTS,HLTA status,HLTA date,Career stage,Career level\n");
            StringBuilder qualifications = new StringBuilder("Staff number,Title,Subject,Type,Level,Date\n");
            person(staff, "T9001", "", "CEO", "Permanent", "", false, "");
            person(staff, "T9002", "", "Chair of trustees", "Not employed", "", false, "");
            person(staff, "T9003", "", "External adviser", "Not employed", "", false, "");
            person(staff, "T9004", "", "HR adviser", "Permanent", "T9001", false, "");
            String[] stages = {"Core", "Proficient", "Experienced"};
            for (int s = 1; s <= schools; s++) {
                String urn = String.valueOf(200000 + s);
                school.append("Benchmark Learning Trust,").append(urn).append(",Benchmark School ").append(s).append('\n');
                String head = id(s, 0);
                person(staff, head, urn, "Headteacher", "Permanent", "T9001", true, "");
                person(staff, id(s, 1), urn, "School business manager", "Permanent", head, false, "");
                for (int i = 2; i < 26; i++) {
                    person(staff, id(s, i), urn, "Teacher", "Permanent", head, true, "");
                }
                for (int i = 26; i < BenchTrust.STAFF_PER_SCHOOL; i++) {
                    person(staff, id(s, i), urn, "Teaching assistant", "Permanent", id(s, 2 + i % 24), false, stages[i % 3] + "," + (1 + i % 3));
                    qualifications.append(id(s, i)).append(",Certificate in Supporting Teaching and Learning,Other,Occupational,2,01/07/2015\n");
                    qualifications.append(id(s, i)).append(",GCSE Mathematics,Maths or numeracy,General,2,01/07/2010\n");
                }
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("schools", school.toString().getBytes(StandardCharsets.UTF_8));
            files.put("staff", staff.toString().getBytes(StandardCharsets.UTF_8));
            files.put("qualifications", qualifications.toString().getBytes(StandardCharsets.UTF_8));
            return files;
        }

        private static void person(StringBuilder out, String id, String urn, String role, String contract, String manager, boolean qts,
                String stageAndLevel) {
            String email = id.toLowerCase() + "@bench.example.org";
            out.append(String.join(",", id, "", "Staff", id, email, urn, role, contract, "", "", "01/09/2020", manager,
                    qts ? "Yes" : "No", "No", "", stageAndLevel.isEmpty() ? "," : stageAndLevel)).append('\n');
        }

        private static String id(int school, int place) {
            return String.format("B%03d%02d", school, place);
        }
    }
}
