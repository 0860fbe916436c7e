package uk.staffcareers.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the values of one row, each in its column's form, and notes every value that is wrong with its line and column. */
final class Cells {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Row row;
    private final List<ImportError> errors;
    private final int errorsBefore;

    Cells(Row row, List<ImportError> errors) {
        this.row = row;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    Row row() {
        return row;
    }

    void error(String column, String reason) {
        errors.add(new ImportError(row.file(), row.line(), column, reason));
    }

    /** No value of this row was wrong. */
    boolean ok() {
        return errors.size() == errorsBefore;
    }

    String text(String column, int maxLength, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, "The " + column.toLowerCase(Locale.ROOT) + " is missing");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(column, "\"" + value + "\" is " + value.length() + " characters long: at most " + maxLength);
            return null;
        }
        return value;
    }

    /** A date as day/month/year (31/08/2026, as Excel writes it in England) or 2026-08-31. */
    LocalDate date(String column, boolean required) {
        String value = text(column, 40, required);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(UK, ISO)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the other form
            }
        }
        error(column, "\"" + value + "\" is not a date: write it as day/month/year, e.g. 31/08/2026, or as 2026-08-31");
        return null;
    }

    boolean yesNo(String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "no", "n", "false", "0" -> false;
            case "yes", "y", "true", "1" -> true;
            default -> {
                error(column, "\"" + row.get(column) + "\" is not yes or no");
                yield false;
            }
        };
    }

    Integer number(String column, int min, int max, boolean required) {
        String value = text(column, 10, required);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        error(column, "\"" + value + "\" is not a whole number from " + min + " to " + max);
        return null;
    }

    /** The share of full time: more than 0 and at most 1 (0.6 is three days a week); empty is full time. */
    BigDecimal fte(String column) {
        String value = text(column, 10, false);
        if (value == null) {
            return BigDecimal.ONE.setScale(2);
        }
        try {
            BigDecimal fte = new BigDecimal(value);
            if (fte.signum() > 0 && fte.compareTo(BigDecimal.ONE) <= 0 && fte.scale() <= 2) {
                return fte.setScale(2);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        error(column, "\"" + value + "\" is not a share of full time: a number more than 0 and at most 1, "
                + "with at most two decimals (0.6 is three days a week)");
        return null;
    }

    /** One of a list of values, written as words in any case ("Fixed term", "fixed-term", "FIXED_TERM"). */
    <E extends Enum<E>> E word(String column, E[] values, Function<E, List<String>> names, String what, boolean required) {
        String value = text(column, 100, required);
        if (value == null) {
            return null;
        }
        Optional<E> match = Arrays.stream(values)
                .filter(v -> names.apply(v).stream().map(Cells::words).anyMatch(words(value)::equals)).findFirst();
        if (match.isEmpty()) {
            error(column, "\"" + value + "\" is not " + what + ": write one of "
                    + Arrays.stream(values).map(v -> names.apply(v).get(0)).collect(Collectors.joining(", ")));
        }
        return match.orElse(null);
    }

    /** An enum constant as words: FIXED_TERM is "Fixed term". */
    static String spoken(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
