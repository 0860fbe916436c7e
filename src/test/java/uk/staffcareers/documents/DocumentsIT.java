package uk.staffcareers.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/** Issued documents over REST: the member of staff and those who manage them, nobody else. */
class DocumentsIT extends IntegrationTest {

    @Autowired
    Documents documents;

    @Test
    void theMemberOfStaffAndTheirSchoolLeadersReadTheDocumentOthersGet404() throws Exception {
        long id = documents.issue("TEST_LETTER", "E2005", "TEST-E2005-IT", new DocumentContent("Letter to Grace Kim", null,
                List.of(new DocumentContent.Section("Outcome", List.of(new DocumentContent.Paragraph("Support will continue."))))),
                "david.marsh");

        for (String reader : List.of("grace.kim", "david.marsh", "paul.young", "kate.morgan")) {
            ResponseEntity<byte[]> response = as(reader).getForEntity("/api/documents/" + id, byte[].class);
            assertThat(response.getStatusCode().value()).as(reader).isEqualTo(200);
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
            try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Letter to Grace Kim", "Support will continue.");
            }
        }
        for (String outsider : List.of("rachel.green", "lucy.ward", "helen.carter")) {
            assertThat(get(outsider, "/api/documents/" + id).getStatusCode().value()).as(outsider).isEqualTo(404);
        }
        assertThat(list("grace.kim", "/api/staff/E2005/documents")).extracting(d -> d.get("caseRef")).contains("TEST-E2005-IT");
    }
}
