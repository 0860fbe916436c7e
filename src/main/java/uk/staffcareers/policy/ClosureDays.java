package uk.staffcareers.policy;

import java.time.LocalDate;

import uk.staffcareers.InvalidInputException;

/**
 * Days a trust's schools are closed besides weekends and bank holidays: a school holiday or an INSET day,
 * from the first to the last day (both included), described as a refusal reads it: "Monday 21 December 2026 is in
 * the Christmas holiday" for a holiday of several days, "Monday 4 January 2027 is an INSET day" for a single day.
 */
public record ClosureDays(LocalDate firstDay, LocalDate lastDay, String description) {

    /** Refuses closure days that are not a range of dates with a description, naming the problem. */
    public ClosureDays validated() {
        if (firstDay == null || lastDay == null) {
            throw new InvalidInputException("Give the first and last day of each closure (YYYY-MM-DD)");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("The closure '" + description + "' ends (" + WorkingDays.spoken(lastDay) + ") before it starts ("
                    + WorkingDays.spoken(firstDay) + ")");
        }
        String text = InvalidInputException.requireText(description, "Describe each closure, e.g. 'the Christmas holiday'");
        if (text.length() > 200) {
            throw new InvalidInputException("A closure's description has at most 200 characters");
        }
        return new ClosureDays(firstDay, lastDay, text);
    }

    String reason() {
        return firstDay.equals(lastDay) ? description : "in " + description;
    }

    boolean includes(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
