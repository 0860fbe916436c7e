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
        LocalDate date = start;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
