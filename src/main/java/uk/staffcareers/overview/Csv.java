package uk.staffcareers.overview;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A table of records as CSV for a spreadsheet: one column per record component (the school's id and anything
 * the JSON leaves out are not columns), headed in words ("schoolName" → "School name"). A cell that a
 * spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe.
 */
final class Csv {

    private Csv() {
    }

    static String of(Class<? extends Record> type, List<? extends Record> rows) {
        List<RecordComponent> columns = Arrays.stream(type.getRecordComponents())
                .filter(c -> !c.getName().equals("school") && !c.getAccessor().isAnnotationPresent(JsonIgnore.class)
                        && !c.isAnnotationPresent(JsonIgnore.class))
                .toList();
        StringBuilder csv = new StringBuilder(columns.stream().map(c -> cell(heading(c.getName()))).collect(Collectors.joining(",")))
                .append("\r\n");
        for (Record row : rows) {
            csv.append(columns.stream().map(c -> cell(value(c, row))).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static Object value(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String heading(String name) {
        String words = name.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
