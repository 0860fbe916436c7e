package uk.staffcareers.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.staffcareers.InvalidInputException;

/** Variables that every case of this application carries, and reading the values forms submit. */
public final class CaseVariables {

    /** The staff number of the member of staff the case is about; it decides the case's school (tenant). */
    public static final String STAFF_ID = "staffId";

    private CaseVariables() {
    }

    /** A form's text, or null when empty or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
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

    /** A due date or timer on a school day: the start of that day's school. */
    public static Date morningOf(LocalDate date) {
        return Date.from(date.atTime(8, 30).atZone(ZoneId.systemDefault()).toInstant());
    }
}
