package uk.staffcareers.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.delegate.VariableScope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.InvalidInputException;

/** Variables that every case of this application carries, and reading the values forms submit. */
public final class CaseVariables {

    /** The staff number of the member of staff the case is about; it decides the case's school (tenant). */
    public static final ProcessVariable<String> STAFF_ID = ProcessVariable.text("staffId");

    private static final ObjectMapper JSON = PlainJson.MAPPER;

    private CaseVariables() {
    }

    /** A form's text, or null when empty or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A form's yes/no box: an unticked box may arrive as no variable at all, which is no. */
    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** A form's date (yyyy-mm-dd, as Tasklist's date picker sends it, time ignored), or null when empty. */
    public static LocalDate date(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    /**
     * The values of a multi-select field (checklist, taglist): Tasklist submits them as a Json
     * variable, the REST API may send a list or a JSON string, and some clients a comma-separated string.
     */
    public static List<String> values(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> values.add(item.toString().strip()));
        } else if (value != null && value.toString().strip().startsWith("[")) {
            try {
                for (JsonNode item : JSON.readTree(value.toString())) {
                    values.add(item.asText().strip());
                }
            } catch (JsonProcessingException e) {
                throw new InvalidInputException("'" + name + "' is not a list of values: " + value);
            }
        } else if (value != null && !value.toString().isBlank()) {
            for (String item : value.toString().split(",")) {
                values.add(item.strip());
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }

    /** A form's numbered date fields (visitDate1, visitDate2, ...) up to the last, in order, the empty ones left out. */
    public static List<LocalDate> dates(VariableScope scope, IntFunction<ProcessVariable<LocalDate>> field, int last) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 1; i <= last; i++) {
            LocalDate day = field.apply(i).get(scope);
            if (day != null) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** A multi-select of numbers, e.g. the standards ticked on a checklist. */
    public static List<Integer> numbers(VariableScope scope, String name) {
        try {
            return values(scope, name).stream().map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + name + "' must list numbers, not " + scope.getVariable(name));
        }
    }

    /** A due date or timer on a school day: the start of that day's school. */
    public static Date morningOf(LocalDate date) {
        return Date.from(date.atTime(8, 30).atZone(SchoolTime.ZONE).toInstant());
    }
}
