package uk.staffcareers.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.staff.DemoTrust;

/** A subject access export over REST: the central team gets one ZIP of everything held about a person; nobody else gets one. */
class SubjectAccessIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Documents documents;

    @Test
    void hrExportsEverythingHeldAboutAPersonAsOneZipAndTheExportIsLogged() throws Exception {
        newTeachingAssistant("E1191", "Nia", "Quayle", DemoTrust.OAKFIELD, "E1003");
        String finished = startConfirmation("E1191");
        assertThat(submit("nia.quayle", taskOf(finished), "detailsCheck", "needs-correction", "correctionsNeeded",
                "My start date was 1 September 2019")).isEqualTo(204);
        assertThat(submit("mark.ellis", taskOf(finished), "correctionMade", "Start date corrected")).isEqualTo(204);
        assertThat(submit("nia.quayle", taskOf(finished), "detailsCheck", "correct")).isEqualTo(204);
        String running = startConfirmation("E1191");
        long letter = documents.issue("STAFF_LETTER", "E1191", "LETTER-E1191-SAR", new DocumentContent("Letter to Nia Quayle", null,
                List.of(new DocumentContent.Section("Outcome", List.of(new DocumentContent.Paragraph("Your hours are confirmed."))))),
                "helen.carter");
        jdbc.sql("insert into notification (recipient, subject, body, created_at) values ('nia.quayle', 'Your record is confirmed', "
                + "'Thank you', ?)").param(LocalDateTime.now()).update();

        ResponseEntity<byte[]> response = as("kate.morgan").getForEntity("/api/staff/E1191/subject-access", byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .matches(".*filename=\"subject-access-E1191-\\d{4}-\\d{2}-\\d{2}\\.zip\".*");
        Map<String, byte[]> zip = unzip(response.getBody());
        String pdfFile = "documents/LETTER-E1191-SAR-staff-letter-v1.pdf";
        assertThat(zip).containsOnlyKeys("person.json", "cases.json", "appraisal.json", "concerns-and-capability.json", "hlta.json",
                "development.json", "notifications.json", "mail.json", "record-corrections.json", "exports.json", "documents.json",
                pdfFile, "README.txt");

        JsonNode person = json(zip, "person.json");
        assertThat(person.path("name").asText()).isEqualTo("Nia Quayle");
        assertThat(person.path("record").path("id").asText()).isEqualTo("E1191");
        assertThat(person.path("school").asText()).isEqualTo("Oakfield Primary School");
        assertThat(person.path("lineManager").asText()).isEqualTo("Priya Shah");
        assertThat(person.path("account").path("username").asText()).isEqualTo("nia.quayle");
        assertThat(person.path("account").path("groups").findValuesAsText("id")).contains("teaching-assistants", "staff");
        assertThat(person.path("account").path("schools").findValuesAsText("id")).containsExactly(DemoTrust.OAKFIELD);

        JsonNode cases = json(zip, "cases.json");
        assertThat(cases.findValuesAsText("caseId")).containsExactly(finished, running);
        assertThat(cases.get(0).path("state").asText()).isEqualTo("COMPLETED");
        assertThat(cases.get(1).path("state").asText()).isEqualTo("ACTIVE");
        assertThat(cases.get(0).path("startedBy").asText()).isEqualTo("Kate Morgan");
        assertThat(cases.get(0).path("school").asText()).isEqualTo("Oakfield Primary School");
        assertThat(cases.get(0).path("steps").findValuesAsText("completedBy")).containsExactly("Nia Quayle", "Mark Ellis", "Nia Quayle");
        assertThat(cases.get(0).path("variables").findValuesAsText("name")).contains("staffId", "detailsCheck");
        assertThat(json(zip, "record-corrections.json").path("staff_record_correction").get(0).path("resolved_by_name").asText())
                .isEqualTo("Mark Ellis");
        assertThat(json(zip, "notifications.json").path("notification").findValuesAsText("subject")).contains("Your record is confirmed");
        JsonNode document = json(zip, "documents.json").get(0);
        assertThat(document.path("file").asText()).isEqualTo(pdfFile);
        assertThat(document.path("issuedBy").asText()).isEqualTo("Helen Carter");
        try (PDDocument pdf = Loader.loadPDF(zip.get(pdfFile))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Letter to Nia Quayle", "Your hours are confirmed.");
        }
        assertThat(documents.pdf(letter)).isEqualTo(zip.get(pdfFile));
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8))
                .contains("Nia Quayle (staff number E1191)", "by Kate Morgan", "cases.json: Every case about the person", pdfFile,
                        "log of subject access exports");

        Map<String, Object> logged = jdbc.sql("select * from subject_access_export where staff_id = 'E1191'").query().singleRow();
        assertThat(logged).containsEntry(key(logged, "exported_by"), "kate.morgan").containsEntry(key(logged, "staff_name"), "Nia Quayle");
        assertThat(((Number) logged.get(key(logged, "file_count"))).intValue()).isEqualTo(zip.size());
        assertThat(((Number) logged.get(key(logged, "bytes"))).longValue()).isEqualTo(response.getBody().length);
        assertThat(logged.get(key(logged, "completed_at"))).isNotNull();
    }

    @Test
    void onlyTheCentralTeamAndTheAdministratorExportAndAnUnknownStaffNumberIsSaidPlainly() {
        newTeachingAssistant("E1192", "Owen", "Pryce", DemoTrust.OAKFIELD, "E1003");
        for (String refused : List.of("helen.carter", "owen.pryce", "mark.ellis", "david.marsh")) {
            ResponseEntity<String> response = get(refused, "/api/staff/E1192/subject-access");
            assertThat(response.getStatusCode().value()).as(refused).isEqualTo(403);
            assertThat(response.getBody()).as(refused).contains("Only the trust's central team (CEO, HR) and the administrator");
        }
        assertThat(jdbc.sql("select count(*) from subject_access_export where staff_id = 'E1192'").query(Integer.class).single())
                .isZero();

        ResponseEntity<String> unknown = get("sarah.whitfield", "/api/staff/E9999/subject-access");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("No member of staff 'E9999' in the staff directory");
        // Someone refused learns nothing of who exists.
        assertThat(get("helen.carter", "/api/staff/E9999/subject-access").getStatusCode().value()).isEqualTo(403);

        ResponseEntity<byte[]> byAdministrator = as("admin").getForEntity("/api/staff/E1192/subject-access", byte[].class);
        assertThat(byAdministrator.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(unzip(byAdministrator.getBody()).get("README.txt"), StandardCharsets.UTF_8))
                .contains("by System Administrator");
    }

    /** The time an export takes for Grace Kim, whose year another test may have walked (a figure for the README, not a check). */
    @Test
    void graceKimsExportIsTimed() {
        long started = System.nanoTime();
        ResponseEntity<byte[]> response = as("kate.morgan").getForEntity("/api/staff/E2005/subject-access", byte[].class);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Map<String, byte[]> zip = unzip(response.getBody());
        System.out.printf("Subject access export of Grace Kim (E2005) over REST: %d ms, %d files, %d bytes, %d cases%n", ms, zip.size(),
                response.getBody().length, json(zip, "cases.json").size());
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("Not a ZIP", e);
        }
        return entries;
    }

    private static JsonNode json(Map<String, byte[]> zip, String file) {
        try {
            return JSON.readTree(zip.get(file));
        } catch (java.io.IOException e) {
            throw new AssertionError(file + " is not JSON", e);
        }
    }

    /** The map's key for a column, whatever case the database gives column names in. */
    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElse(column);
    }
}
