package uk.staffcareers.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days are Monday to Friday; bank holidays and school closures are not modelled. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The date that is the given number of working days after the start date. */
    public static LocalDate after(LocalDate start, int workingDays) {
        return step(start, workingDays, 1);
    }

    /** The date that is the given number of working days before the date. */
    public static LocalDate before(LocalDate date, int workingDays) {
        return step(date, workingDays, -1);
    }

    private static LocalDate step(LocalDate start, int workingDays, int direction) {
        LocalDate date = start;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(direction);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
