package uk.staffcareers.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.security.TasklistSession;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffDirectory;

/**
 * Bringing in staff from CSV over REST, as the central team, a headteacher and a teacher: preview, apply, apply again;
 * every kind of bad file refused with its line and column, changing nothing; one person added, edited and ended.
 * Each test brings in people of its own (staff numbers IMxxx), at Oakfield only: Riverside's appraisal launch is counted by AppraisalCycleIT.
 */
class DirectoryImportIT extends IntegrationTest {

    static final String HEADER = "Staff number,Title,Forenames,Surname,Work email,School,Role,Contract type,Contract end date,FTE,"
            + "Start date,Line manager,QTS,HLTA status,HLTA date,Career stage,Career level,Leaving date";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    StaffDirectory directory;
    @Autowired
    IdentitySync identities;
    @Autowired
    IdentityService identity;

    @Test
    void aPreviewChangesNothingItsApplyBringsThemInAndAnotherApplyOfTheSameFileChangesNothing() throws Exception {
        String file = csv(teacher("IMA01", "Nina", "Hale", "oakfield", "E1001"),
                assistant("IMA02", "Owen", "Pike", "Oakfield Primary School", "IMA01"));
        String before = fingerprint();
        JsonNode preview = upload("kate.morgan", file, 200);
        assertThat(preview.get("counts").get("new").asInt()).isEqualTo(2);
        assertThat(preview.get("applied").asBoolean()).isFalse();
        assertThat(fingerprint()).as("a preview changes nothing").isEqualTo(before);
        assertThat(directory.find("IMA01")).isEmpty();

        JsonNode applied = apply("kate.morgan", preview.get("id").asText(), 200);
        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(directory.get("IMA02").lineManagerId()).isEqualTo("IMA01");
        assertThat(directory.employmentDetails().get("IMA02").fte()).isEqualByComparingTo("0.6");
        assertThat(groups("owen.pike")).contains("teaching-assistants", "staff");
        assertThat(tenants("owen.pike")).containsExactly("oakfield");

        JsonNode again = upload("kate.morgan", file, 200);
        assertThat(again.get("counts").get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("counts").get("new").asInt()).isZero();
        String afterFirst = fingerprint();
        JsonNode secondApply = apply("kate.morgan", again.get("id").asText(), 200);
        assertThat(secondApply.get("rows")).isEmpty();
        assertThat(fingerprint()).as("applying the same file again changes nothing").isEqualTo(afterFirst);
        assertThat(apply("kate.morgan", preview.get("id").asText(), 409).get("message").asText()).contains("already been applied");
    }

    @Test
    void aChangedFieldIsNamedAndALeaverGetsTheEndDateOnly() throws Exception {
        upload("kate.morgan", csv(teacher("IMB01", "Rosa", "Lind", "oakfield", "E1001"), teacher("IMB02", "Ivo", "Marsh", "oakfield", "E1001")),
                200, true);
        String changed = csv(teacher("IMB01", "Rosa", "Lind-Baker", "oakfield", "E1001").replace("rosa.lind-baker@", "rosa.lind@"),
                teacher("IMB02", "Ivo", "Marsh", "oakfield", "E1001") + "31/08/2027");
        JsonNode preview = upload("kate.morgan", changed, 200);
        assertThat(preview.get("counts").get("changed").asInt()).isEqualTo(1);
        assertThat(preview.get("counts").get("leaving").asInt()).isEqualTo(1);
        JsonNode rosa = row(preview, "IMB01");
        assertThat(rosa.get("change").asText()).isEqualTo("changed");
        assertThat(rosa.get("fields")).extracting(JsonNode::asText).containsExactly("Surname");
        assertThat(row(preview, "IMB02").get("change").asText()).isEqualTo("leaving");
        apply("kate.morgan", preview.get("id").asText(), 200);
        assertThat(directory.get("IMB01").lastName()).isEqualTo("Lind-Baker");
        assertThat(directory.employmentDetails().get("IMB02").employmentEndsOn()).hasToString("2027-08-31");
        assertThat(identity.createUserQuery().userId("ivo.marsh").singleResult()).as("a leaver keeps the account (leavers are another issue)").isNotNull();
    }

    @Test
    void previewIsRefusedWhenTheDirectoryChangedSinceIt() throws Exception {
        JsonNode preview = upload("kate.morgan", csv(teacher("IMC01", "Tess", "Vale", "oakfield", "E1001")), 200);
        newTeachingAssistant("IMC09", "Cora", "Finch", "oakfield", "E1002");
        String before = fingerprint();
        assertThat(apply("kate.morgan", preview.get("id").asText(), 409).get("message").asText()).contains("has changed since this preview");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(directory.find("IMC01")).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsLineAndColumn() throws Exception {
        byte[] latin1 = csv(teacher("IMD01", "Zoë", "Brûlé", "oakfield", "E1001")).getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, 2, "Forenames", "not UTF-8");
    }

    @Test
    void aMissingColumnIsRefused() throws Exception {
        String noEmail = HEADER.replace("Work email,", "") + "\n" + teacher("IME01", "Al", "Hart", "oakfield", "E1001").replace(",al.hart@lt2.example.org", "");
        assertRefused(noEmail.getBytes(StandardCharsets.UTF_8), 1, "Work email", "no column");
    }

    @Test
    void aDuplicateStaffNumberIsRefused() throws Exception {
        assertRefused(csv(teacher("IMF01", "Bo", "Reid", "oakfield", "E1001"), teacher("IMF01", "Di", "Reid", "oakfield", "E1001")),
                3, "Staff number", "also on line 2");
    }

    @Test
    void anUnknownSchoolIsRefused() throws Exception {
        assertRefused(csv(teacher("IMG01", "Cy", "Ross", "Hilltop Academy", "E1001")), 2, "School", "No school \"Hilltop Academy\"");
    }

    @Test
    void aLineManagerNeitherInTheFileNorTheDirectoryIsRefused() throws Exception {
        assertRefused(csv(teacher("IMH01", "Ed", "Shaw", "oakfield", "X9999")), 2, "Line manager", "No staff number X9999");
    }

    @Test
    void aRoleTheTrustDoesNotHaveIsRefused() throws Exception {
        assertRefused(csv(teacher("IMI01", "Fay", "Tull", "oakfield", "E1001").replace(",Teacher,", ",Cover supervisor,")), 2, "Role",
                "\"Cover supervisor\" is not a role the trust has");
    }

    @Test
    void aDateThatDoesNotParseIsRefused() throws Exception {
        assertRefused(csv(teacher("IMJ01", "Gil", "Underwood", "oakfield", "E1001").replace("01/09/2024", "31/02/2024")), 2, "Start date",
                "\"31/02/2024\" is not a date");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWithOurMessage() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        String before = fingerprint();
        ResponseEntity<String> response = as("kate.morgan").postForEntity("/api/directory/imports", multipart(big), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(JSON.readTree(response.getBody()).get("message").asText()).contains("each file may be at most 20 MB");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void oakfieldsHeadteacherBringsInOakfieldStaffOnlyAndATeacherNobody() throws Exception {
        String before = fingerprint();
        JsonNode refused = upload("helen.carter", csv(teacher("IMK01", "Hal", "Vance", "oakfield", "E1001"),
                teacher("IMK02", "Ira", "Webb", "riverside", "E2001")), 400);
        assertThat(refused.get("errors")).anySatisfy(e -> {
            assertThat(e.get("line").asInt()).isEqualTo(3);
            assertThat(e.get("column").asText()).isEqualTo("School");
            assertThat(e.get("reason").asText()).contains("Oakfield Primary School only");
        });
        assertThat(refused.get("id").isNull()).isTrue();
        assertThat(fingerprint()).isEqualTo(before);
        upload("helen.carter", csv(teacher("IMK01", "Hal", "Vance", "oakfield", "E1001")), 200, true);
        assertThat(directory.get("IMK01").schoolId()).isEqualTo("oakfield");

        ResponseEntity<String> teacher = as("tom.bennett").postForEntity("/api/directory/imports",
                multipart(csv(teacher("IMK03", "Jo", "Yale", "oakfield", "E1001")).getBytes(StandardCharsets.UTF_8)), String.class);
        assertThat(teacher.getStatusCode().value()).isEqualTo(403);
        assertThat(post("tom.bennett", "/api/directory/staff", Map.of("staffNumber", "IMK04")).getStatusCode().value()).isEqualTo(403);
        assertThat(directory.find("IMK03")).isEmpty();
    }

    @Test
    void theCentralTeamAddsEditsAndEndsOnePersonWithTheImportsChecks() throws Exception {
        Map<String, Object> person = Map.ofEntries(Map.entry("staffNumber", "IML01"), Map.entry("forenames", "Kim"),
                Map.entry("surname", "Zane"), Map.entry("workEmail", "kim.zane@lt2.example.org"), Map.entry("school", "oakfield"),
                Map.entry("role", "Teaching assistant"), Map.entry("contractType", "Permanent"), Map.entry("startDate", "2025-09-01"),
                Map.entry("lineManager", "E1002"), Map.entry("careerStage", "Core"), Map.entry("careerLevel", 1));
        assertThat(post("kate.morgan", "/api/directory/staff", Map.of("staffNumber", "IML02", "startDate", "yesterday"))
                .getBody()).contains("Start date").contains("\\\"yesterday\\\" is not a date");
        assertThat(post("kate.morgan", "/api/directory/staff", person).getStatusCode().value()).isEqualTo(201);
        assertThat(tenants("kim.zane")).containsExactly("oakfield");
        assertThat(post("kate.morgan", "/api/directory/staff", person).getStatusCode().value()).as("added twice").isEqualTo(409);

        ResponseEntity<String> edit = as("kate.morgan").exchange("/api/directory/staff/IML01", org.springframework.http.HttpMethod.PUT,
                json(Map.of("careerStage", "Proficient", "careerLevel", 2)), String.class);
        assertThat(edit.getStatusCode().value()).isEqualTo(200);
        assertThat(directory.get("IML01").careerStageAndLevel()).isEqualTo("Proficient 2");
        assertThat(directory.get("IML01").lastName()).as("fields not sent keep their values").isEqualTo("Zane");
        ResponseEntity<String> badEdit = as("kate.morgan").exchange("/api/directory/staff/IML01", org.springframework.http.HttpMethod.PUT,
                json(Map.of("lineManager", "X0000")), String.class);
        assertThat(badEdit.getStatusCode().value()).isEqualTo(400);
        assertThat(directory.get("IML01").lineManagerId()).isEqualTo("E1002");

        assertThat(post("kate.morgan", "/api/directory/staff/IML01/end-employment", Map.of("date", "31/12/2026")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(directory.employmentDetails().get("IML01").employmentEndsOn()).hasToString("2026-12-31");
        assertThat(post("kate.morgan", "/api/directory/staff/NOBODY/end-employment", Map.of("date", "2026-12-31")).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void theUploadPageSendsTheTasklistSessionOnlyWithItsCsrfToken() throws Exception {
        TasklistSession kate = TasklistSession.signIn(rest, "kate.morgan");
        JsonNode token = JSON.readTree(kate.get("/api/session/csrf-token").getBody());
        assertThat(token.get("token").asText()).isEqualTo(kate.csrfToken());
        var body = multipart(csv(teacher("IMM01", "Lea", "Abbot", "oakfield", "E1001")).getBytes(StandardCharsets.UTF_8)).getBody();

        ResponseEntity<String> forged = kate.post("/api/directory/imports", body, MediaType.MULTIPART_FORM_DATA, false);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(forged.getBody()).contains("security token");
        ResponseEntity<String> page = kate.post("/api/directory/imports", body, MediaType.MULTIPART_FORM_DATA, true);
        assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
        String id = JSON.readTree(page.getBody()).get("id").asText();
        assertThat(kate.post("/api/directory/imports/" + id + "/apply", null, MediaType.APPLICATION_JSON, false).getStatusCode().value())
                .isEqualTo(403);
        assertThat(directory.find("IMM01")).isEmpty();
        assertThat(kate.post("/api/directory/imports/" + id + "/apply", null, MediaType.APPLICATION_JSON, true).getStatusCode().value())
                .isEqualTo(200);
        assertThat(directory.find("IMM01")).isPresent();
    }

    @Test
    void theExampleFilesOfTheReadmePreviewWithoutAnError() throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (String file : List.of("schools", "staff", "qualifications")) {
            byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples", file + ".csv"));
            parts.add(file, new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return file + ".csv";
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = as("kate.morgan").postForEntity("/api/directory/imports", new HttpEntity<>(parts, headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode preview = JSON.readTree(response.getBody());
        assertThat(preview.get("counts").get("new").asInt()).isEqualTo(4);
        assertThat(row(preview, "E2010").get("name").asText()).isEqualTo("Sam O'Neill, Jr");
    }

    /** A teacher's line: QTS, full time, started 1 September 2024. */
    static String teacher(String id, String first, String last, String school, String manager) {
        return String.join(",", id, "Ms", first, last, (first + "." + last).toLowerCase() + "@lt2.example.org", school, "Teacher",
                "Permanent", "", "", "01/09/2024", manager, "Yes", "No", "", "", "", "");
    }

    /** A teaching assistant's line: Core 1, three days a week. */
    static String assistant(String id, String first, String last, String school, String manager) {
        return String.join(",", id, "Mr", first, last, (first + "." + last).toLowerCase() + "@lt2.example.org", school,
                "Teaching assistant", "Permanent", "", "0.6", "2024-09-01", manager, "No", "No", "", "Core", "1", "");
    }

    static String csv(String... lines) {
        return HEADER + "\n" + String.join("\n", lines) + "\n";
    }

    private void assertRefused(String file, int line, String column, String reason) throws Exception {
        assertRefused(file.getBytes(StandardCharsets.UTF_8), line, column, reason);
    }

    private void assertRefused(byte[] file, int line, String column, String reason) throws Exception {
        String before = fingerprint();
        ResponseEntity<String> response = as("kate.morgan").postForEntity("/api/directory/imports?apply=true", multipart(file), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode report = JSON.readTree(response.getBody());
        assertThat(report.get("errors")).as(response.getBody()).anySatisfy(e -> {
            assertThat(e.get("line").asInt()).isEqualTo(line);
            assertThat(e.get("column").asText()).isEqualTo(column);
            assertThat(e.get("reason").asText()).contains(reason);
        });
        assertThat(report.get("message").asText()).contains("nothing is changed");
        assertThat(fingerprint()).as("a refused file changes nothing").isEqualTo(before);
    }

    private JsonNode upload(String user, String file, int status) throws Exception {
        return upload(user, file, status, false);
    }

    private JsonNode upload(String user, String file, int status, boolean apply) throws Exception {
        ResponseEntity<String> response = as(user).postForEntity("/api/directory/imports" + (apply ? "?apply=true" : ""),
                multipart(file.getBytes(StandardCharsets.UTF_8)), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }

    private JsonNode apply(String user, String id, int status) throws Exception {
        ResponseEntity<String> response = as(user).postForEntity("/api/directory/imports/" + id + "/apply", null, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }

    private static JsonNode row(JsonNode report, String staffNumber) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("staffNumber").asText().equals(staffNumber)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + staffNumber + " in " + report);
    }

    static HttpEntity<MultiValueMap<String, Object>> multipart(byte[] staffFile) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("staff", new ByteArrayResource(staffFile) {
            @Override
            public String getFilename() {
                return "staff.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private String fingerprint() {
        return DirectorySnapshot.load(directory, identities).fingerprint();
    }

    private List<String> groups(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<String> tenants(String user) {
        return identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList();
    }
}
