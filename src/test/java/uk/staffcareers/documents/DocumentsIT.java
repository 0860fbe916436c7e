package uk.staffcareers.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.appraisal.AnnualAssessment;
import uk.staffcareers.appraisal.PayAppeal;
import uk.staffcareers.capability.CapabilityCases;
import uk.staffcareers.capability.Concerns;
import uk.staffcareers.hlta.HltaAward;

/** Issued documents over REST: each kind to exactly those its kind allows (DocumentReaders), 404 to anyone else. */
class DocumentsIT extends IntegrationTest {

    /** Every role of the demo trust, in both schools, and the HLTA provider's account. */
    private static final List<String> EVERY_ROLE = List.of(
            "ben.lewis", "amy.hughes",           // teaching assistants: the concern's and the appraisal's employee
            "jo.pritchard",                      // the HLTA candidate
            "priya.shah",                        // teacher: raised and reviewed the concern about Ben Lewis
            "tom.bennett",                       // teacher: Amy Hughes's appraiser
            "mark.ellis", "helen.carter",        // Oakfield's business manager (HLTA coordinator) and headteacher
            "rachel.green", "paul.young", "david.marsh", // Riverside's teacher, business manager, headteacher
            "kate.morgan", "sarah.whitfield",    // the central team: HR and the CEO
            "john.ashworth", "margaret.lowe",    // chair of trustees and external adviser: Helen Carter's appraisal panel
            "prime.consortium");                 // the HLTA provider, not staff
    private static final Set<String> CENTRAL = Set.of("kate.morgan", "sarah.whitfield");

    @Autowired
    Documents documents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMemberOfStaffTheirHeadteacherAndTheCentralTeamReadADocumentOfAnyOtherKindNobodyElse() throws Exception {
        long id = documents.issue("TEST_LETTER", "E2005", "TEST-E2005-IT", content("Letter to Grace Kim", "Support will continue."),
                "david.marsh");

        for (String reader : List.of("grace.kim", "david.marsh", "kate.morgan")) {
            ResponseEntity<byte[]> response = as(reader).getForEntity("/api/documents/" + id, byte[].class);
            assertThat(response.getStatusCode().value()).as(reader).isEqualTo(200);
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
            assertThat(text(response.getBody())).contains("Letter to Grace Kim", "Support will continue.");
        }
        // Not even the business manager of her school: a letter of a kind not listed is not theirs.
        for (String outsider : List.of("paul.young", "rachel.green", "lucy.ward", "helen.carter")) {
            assertThat(get(outsider, "/api/documents/" + id).getStatusCode().value()).as(outsider).isEqualTo(404);
        }
        assertThat(list("grace.kim", "/api/staff/E2005/documents")).extracting(d -> d.get("caseRef")).contains("TEST-E2005-IT");
    }

    /**
     * Every kind of document the application issues, each in a case whose rows the rule reads, read by
     * every role: exactly the readers of the table below get it, everyone else 404, and the list of a
     * person's documents shows each reader exactly theirs.
     */
    @Test
    void everyKindOfDocumentReachesExactlyThoseItsKindAllows() throws Exception {
        long concern = concern("E1005", "priya.shah");
        long capability = capabilityCase(concern, "E1005");
        String appraisal = appraisal("E1004", "tom.bennett", "helen.carter");
        String headteachersAppraisal = appraisal("E1001", "sarah.whitfield", "john.ashworth");

        Set<String> concernReaders = Set.of("ben.lewis", "helen.carter", "priya.shah");
        // mark.ellis sits on Amy Hughes's pay appeal panel: he reads the report, the pay letter and the appeal's letters.
        jdbc.sql("insert into appraisal_appeal_person (appraisal_id, username, part) select id, 'mark.ellis', 'PANEL' from appraisal "
                + "where staff_id = 'E1004' and period_label = '2040/41'").update();
        Set<String> appraisalReaders = Set.of("amy.hughes", "helen.carter", "tom.bennett", "mark.ellis");
        Set<String> headteacherAppraisalReaders = Set.of("helen.carter", "john.ashworth", "margaret.lowe");
        Set<String> hltaReaders = Set.of("jo.pritchard", "helen.carter", "mark.ellis");
        Map<Long, Set<String>> readers = new LinkedHashMap<>();
        readers.put(issue(Concerns.MEETING_RECORD, "E1005", Concerns.caseRef(concern)), concernReaders);
        readers.put(issue(Concerns.CAPABILITY_NOTICE, "E1005", Concerns.caseRef(concern)), concernReaders);
        for (String kind : List.of(CapabilityCases.INVITATION, CapabilityCases.FIRST_WARNING, CapabilityCases.FINAL_WARNING,
                CapabilityCases.DECISION_INVITATION, CapabilityCases.DECISION, CapabilityCases.APPEAL_INVITATION,
                CapabilityCases.APPEAL_OUTCOME, CapabilityCases.MEETING_MOVED)) {
            readers.put(issue(kind, "E1005", CapabilityCases.caseRef(capability)), concernReaders);
        }
        readers.put(issue(AnnualAssessment.REPORT, "E1004", appraisal), appraisalReaders);
        readers.put(issue(AnnualAssessment.PAY_LETTER, "E1004", appraisal), appraisalReaders);
        readers.put(issue(PayAppeal.REVIEW_LETTER, "E1004", appraisal), appraisalReaders);
        readers.put(issue(PayAppeal.HEARING_INVITATION, "E1004", appraisal), appraisalReaders);
        readers.put(issue(PayAppeal.HEARING_LETTER, "E1004", appraisal), appraisalReaders);
        readers.put(issue(AnnualAssessment.REPORT, "E1001", headteachersAppraisal), headteacherAppraisalReaders);
        readers.put(issue(HltaAward.JOB_DESCRIPTION, "E1007", "HLTA-E1007-9"), hltaReaders);
        readers.put(issue(HltaAward.FEEDBACK, "E1007", "HLTA-E1007-9"), hltaReaders);
        readers.put(issue("STAFF_LETTER", "E1005", "LETTER-E1005-IT"), Set.of("ben.lewis", "helen.carter"));

        List<String> wrong = new ArrayList<>();
        for (var entry : readers.entrySet()) {
            IssuedDocument document = documents.find(entry.getKey()).orElseThrow();
            for (String user : EVERY_ROLE) {
                boolean allowed = entry.getValue().contains(user) || CENTRAL.contains(user);
                ResponseEntity<byte[]> response = as(user).getForEntity("/api/documents/" + document.id(), byte[].class);
                int expected = allowed ? 200 : 404;
                if (response.getStatusCode().value() != expected
                        || allowed && !text(response.getBody()).contains(secret(document.kind(), document.caseRef()))) {
                    wrong.add(document.kind() + " about " + document.staffId() + " as " + user + ": " + response.getStatusCode()
                            + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).as("documents read by the wrong people").isEmpty();

        for (String staffId : List.of("E1005", "E1004", "E1001", "E1007")) {
            for (String user : EVERY_ROLE) {
                Set<Long> expected = readers.entrySet().stream()
                        .filter(e -> documents.find(e.getKey()).orElseThrow().staffId().equals(staffId))
                        .filter(e -> e.getValue().contains(user) || CENTRAL.contains(user)).map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
                ResponseEntity<String> response = get(user, "/api/staff/" + staffId + "/documents");
                if (expected.isEmpty() && response.getStatusCode().value() == 404) {
                    continue; // neither the person's record nor any of their documents: not even that they exist
                }
                assertThat(response.getStatusCode().value()).as(user + " lists " + staffId).isEqualTo(200);
                Set<Long> listed = list(user, "/api/staff/" + staffId + "/documents").stream()
                        .map(d -> ((Number) d.get("id")).longValue()).filter(readers::containsKey).collect(Collectors.toSet());
                assertThat(listed).as(user + " lists " + staffId).isEqualTo(expected);
                for (long id : readers.keySet()) {
                    if (!expected.contains(id)) {
                        assertThat(response.getBody()).as(user + " lists " + staffId).doesNotContain("\"id\":" + id + ",");
                    }
                }
            }
        }
        // The business manager lists a teacher's documents (the issue's case): the record, none of the confidential ones.
        assertThat(list("mark.ellis", "/api/staff/E1005/documents")).extracting(d -> d.get("kind"))
                .doesNotContain(Concerns.MEETING_RECORD, Concerns.CAPABILITY_NOTICE, CapabilityCases.INVITATION,
                        CapabilityCases.FIRST_WARNING, CapabilityCases.FINAL_WARNING, CapabilityCases.DECISION,
                        CapabilityCases.APPEAL_OUTCOME);
    }

    private long concern(String staffId, String raiser) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into performance_concern (staff_id, raised_by, raised_at, description, reviewed_by, status)
                values (?, ?, ?, 'Seeded for the documents test', ?, 'CAPABILITY')""")
                .params(staffId, raiser, LocalDateTime.now(), raiser).update(key, "id");
        return key.getKey().longValue();
    }

    private long capabilityCase(long concernId, String staffId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into capability_case (concern_id, staff_id, opened_by, opened_at, status) values (?, ?, 'kate.morgan', ?, 'OPEN')")
                .params(concernId, staffId, LocalDateTime.now()).update(key, "id");
        return key.getKey().longValue();
    }

    /** An appraisal in a year no other test uses; returns its case reference (AppraisalPeriod.businessKey). */
    private String appraisal(String staffId, String appraiser, String payDecider) {
        jdbc.sql("""
                insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at, appraiser,
                  pay_decided_by, status) values (?, '2040/41', ?, ?, 'kate.morgan', ?, ?, ?, 'PAY_DECIDED')""")
                .params(staffId, LocalDate.of(2040, 9, 1), LocalDate.of(2041, 8, 31), LocalDateTime.now(), appraiser, payDecider)
                .update();
        return "APPRAISAL-2040/41-" + staffId;
    }

    private long issue(String kind, String staffId, String caseRef) {
        return documents.issue(kind, staffId, caseRef, content(kind + " for " + staffId, secret(kind, caseRef)), "kate.morgan");
    }

    private static String secret(String kind, String caseRef) {
        return "Confidential text of " + kind + " in " + caseRef;
    }

    private static DocumentContent content(String title, String text) {
        return new DocumentContent(title, null,
                List.of(new DocumentContent.Section("Outcome", List.of(new DocumentContent.Paragraph(text)))));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
