package uk.staffcareers.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file as a school's MIS or Excel writes it: UTF-8 (a byte-order mark allowed), a header row naming
 * the columns in any order and any case; columns this application does not read are ignored. Read with Apache
 * Commons CSV, so quoted values may hold commas, quotes and line breaks. A file that is not UTF-8 or lacks a column is
 * refused whole, naming the line and column.
 */
final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    record Read(List<Row> rows, List<ImportError> errors) {
    }

    private CsvFile() {
    }

    static Read read(String file, byte[] bytes, Columns columns) {
        String text;
        try {
            text = utf8(bytes);
        } catch (CharacterCodingException e) {
            return new Read(List.of(), List.of(notUtf8(file, bytes)));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<Row> rows = new ArrayList<>();
            List<String> header = null;
            int line = 1;
            int position = 0;
            for (CSVRecord record : parser) {
                // The line a record starts on, also after values with line breaks and after empty lines.
                // Commons CSV's position is before the empty lines it skipped: a record never starts with a line break.
                for (; position < record.getCharacterPosition()
                        || position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r'); position++) {
                    if (text.charAt(position) == '\n') {
                        line++;
                    }
                }
                if (header == null) {
                    header = record.stream().map(CsvFile::normal).toList();
                    List<ImportError> missing = columns.missingFrom(file, header);
                    if (!missing.isEmpty()) {
                        return new Read(List.of(), missing);
                    }
                    continue;
                }
                rows.add(new Row(file, line, values(header, record, columns)));
            }
            if (header == null) {
                return new Read(List.of(), List.of(new ImportError(file, 1, null, "The file is empty: it needs a header row naming the columns")));
            }
            return new Read(rows, List.of());
        } catch (IOException | UncheckedIOException e) {
            return new Read(List.of(), List.of(new ImportError(file, (int) lineOf(e), null,
                    "The file cannot be read as CSV (" + e.getMessage() + "): check the quotes around values")));
        }
    }

    private static Map<String, String> values(List<String> header, CSVRecord record, Columns columns) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            String column = columns.named(header.get(i));
            if (column != null) {
                values.put(column, record.get(i));
            }
        }
        return values;
    }

    /** A header as people write it: any case, surrounding or doubled spaces. */
    static String normal(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Where the first byte that is not UTF-8 is: its line, and the column its place on that line falls in. */
    private static ImportError notUtf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int field = 0;
        for (int i = lineStart; i < bad; i++) {
            if (bytes[i] == ',') {
                field++;
            }
        }
        String header = new String(bytes, 0, firstLineEnd(bytes), StandardCharsets.ISO_8859_1);
        String[] names = header.split(",", -1);
        String column = field < names.length ? names[field].replace("\"", "").strip() : "number " + (field + 1);
        return new ImportError(file, line, column, String.format("The file is not UTF-8: byte 0x%02X cannot be read. "
                + "Save it as \"CSV UTF-8 (comma delimited)\" and upload it again", bytes[bad] & 0xFF));
    }

    private static int firstLineEnd(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return bytes.length;
    }

    private static long lineOf(Exception e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }
}
