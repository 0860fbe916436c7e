package uk.staffcareers.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** How an uploaded CSV file is read: lines and columns as a person counts them in a spreadsheet or an editor. */
class CsvFileTest {

    private static final String HEADER = "Staff number,Title,Subject,Type,Level,Date\n";

    @Test
    void aValueWithALineBreakOrACommaIsOneValueAndLinesAreCountedAsInTheFile() {
        String text = "\uFEFF" + HEADER + "E1,\"Certificate,\nPart 1\",Other,General,2,\n\nE2,GCSE Maths,Maths,General,2,\n";
        CsvFile.Read read = CsvFile.read("qualifications", text.getBytes(StandardCharsets.UTF_8), Columns.QUALIFICATIONS);
        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(Row::line).containsExactly(2, 5);
        assertThat(read.rows().get(0).get(Columns.TITLE)).isEqualTo("Certificate,\nPart 1");
    }

    @Test
    void headersAreReadInAnyCaseAndOrderAndOtherColumnsAreIgnored() {
        String text = "level, STAFF  NUMBER ,Payroll id,title,subject,type\n3,E1,99,Diploma,Other,Occupational\n";
        CsvFile.Read read = CsvFile.read("qualifications", text.getBytes(StandardCharsets.UTF_8), Columns.QUALIFICATIONS);
        assertThat(read.errors()).isEmpty();
        assertThat(read.rows().get(0).values()).containsEntry(Columns.LEVEL, "3").containsEntry(Columns.STAFF_NUMBER, "E1")
                .doesNotContainKey("payroll id");
    }

    @Test
    void aByteThatIsNotUtf8IsPlacedAtItsLineAndColumn() {
        byte[] latin1 = (HEADER + "E1,GCSE,Other,General,2,\nE2,Brevet d'\u00e9tudes,Other,General,2,\n").getBytes(StandardCharsets.ISO_8859_1);
        CsvFile.Read read = CsvFile.read("qualifications", latin1, Columns.QUALIFICATIONS);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("Title");
            assertThat(e.reason()).contains("not UTF-8", "0xE9");
        });
    }

    @Test
    void aMissingColumnIsNamedOnTheHeaderLine() {
        CsvFile.Read read = CsvFile.read("qualifications", "Staff number,Title,Subject,Type\n".getBytes(StandardCharsets.UTF_8),
                Columns.QUALIFICATIONS);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("Level");
        });
    }
}
