package uk.staffcareers.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import uk.staffcareers.UnknownStaffMemberException;
import uk.staffcareers.documents.DocumentContent.Bullets;
import uk.staffcareers.documents.DocumentContent.Field;
import uk.staffcareers.documents.DocumentContent.Fields;
import uk.staffcareers.documents.DocumentContent.Paragraph;
import uk.staffcareers.documents.DocumentContent.Section;
import uk.staffcareers.ServiceSliceTest;

/** A document issued as PDF says what it was given, page after page, and each re-issue is a new version. */
@ServiceSliceTest
@Import(IssuedDocuments.class)
class DocumentsTest {

    @Autowired
    Documents documents;

    @Test
    void theIssuedPdfHoldsEverySectionAndTheCaseInItsFooter() throws IOException {
        String longText = String.join(" ", Collections.nCopies(900, "progress"));
        long id = documents.issue("TEST_REPORT", "E1004", "TEST-E1004-1", new DocumentContent("Performance management report",
                "Amy Hughes, Teaching assistant (Core 2), Oakfield Primary School", List.of(
                        new Section("Objectives", List.of(new Fields(List.of(new Field("Objective 1", "Lead phonics groups"),
                                new Field("Success criteria", "Screening pass rate above 85%"))))),
                        new Section("Continuing professional development", List.of(new Bullets(List.of("Level 3 certificate",
                                "Shadow the HLTA – weekly, £0 cost")), new Paragraph(longText))))),
                "helen.carter");

        // Kept for a person to look at.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-report.pdf"), documents.pdf(id));
        String text = text(documents.pdf(id));
        assertThat(text).contains("Performance management report", "Amy Hughes, Teaching assistant (Core 2)",
                "Objective 1: Lead phonics groups", "Success criteria: Screening pass rate above 85%",
                "Level 3 certificate", "Shadow the HLTA – weekly, £0 cost", "TEST-E1004-1", "version 1", "helen.carter");
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(id))) {
            assertThat(pdf.getNumberOfPages()).as("a long paragraph flows onto a second page").isGreaterThan(1);
        }
    }

    @Test
    void aReissueIsTheNextVersionAndPointsAtTheOneItReplaces() throws IOException {
        DocumentContent first = new DocumentContent("Report", null, List.of(new Section("Comments", List.of(new Paragraph("None yet")))));
        long v1 = documents.issue("TEST_REISSUE", "E1005", "TEST-E1005-1", first, "tom.bennett");
        long v2 = documents.issue("TEST_REISSUE", "E1005", "TEST-E1005-1", new DocumentContent("Report", null,
                List.of(new Section("Employee's comments", List.of(new Paragraph("I agree with the objectives ✓"))))), "ben.lewis");

        IssuedDocument latest = documents.latest("TEST-E1005-1", "TEST_REISSUE").orElseThrow();
        assertThat(latest.id()).isEqualTo(v2);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.supersedes()).isEqualTo(v1);
        assertThat(text(documents.pdf(v2))).contains("Employee's comments", "I agree with the objectives ?");
        assertThat(text(documents.pdf(v1))).contains("None yet").doesNotContain("Employee's comments");
    }

    @Test
    void aDocumentMustBeAboutAKnownMemberOfStaff() {
        assertThatThrownBy(() -> documents.issue("TEST", "E9999", "TEST-X", new DocumentContent("X", null, List.of()), "kate.morgan"))
                .isInstanceOf(UnknownStaffMemberException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
