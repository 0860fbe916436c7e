package uk.staffcareers.directory;

import java.util.Map;

/** One line of an uploaded file, its values by column (stripped; an absent or empty value is ""). */
record Row(String file, int line, Map<String, String> values) {

    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }

    boolean has(String column) {
        return !get(column).isEmpty();
    }
}
