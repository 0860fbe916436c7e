package uk.staffcareers.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.staffcareers.InvalidInputException;

/**
 * A trust's school calendar: working days are Monday to Friday, except the bank holidays of England and Wales
 * and the trust's own closure days (school holidays, INSET days). {@link SchoolCalendars} gives each trust's.
 */
public final class WorkingDays {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private final List<ClosureDays> closures;

    public WorkingDays(List<ClosureDays> closures) {
        this.closures = List.copyOf(closures);
    }

    /** Bank holidays and weekends only: a trust that has entered no closure days. */
    public static WorkingDays bankHolidaysOnly() {
        return new WorkingDays(List.of());
    }

    /** A date as people say it in an English school: "Friday 25 December 2026". */
    public static String spoken(LocalDate date) {
        return SPOKEN.format(date);
    }

    /** Several dates as people list them: "Monday 4 January 2027, Tuesday 5 January 2027 and Thursday 7 January 2027". */
    public static String spoken(List<LocalDate> dates) {
        List<String> days = dates.stream().map(WorkingDays::spoken).toList();
        return days.size() < 2 ? String.join("", days)
                : String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.get(days.size() - 1);
    }

    public boolean isWorkingDay(LocalDate date) {
        return whyNotWorking(date).isEmpty();
    }

    /** Why the date is not a working day, in words ("Friday 25 December 2026 is Christmas Day"); empty on a working day. */
    public Optional<String> whyNotWorking(LocalDate date) {
        String day = SPOKEN.format(date);
        Optional<String> bankHoliday = BankHolidays.on(date);
        if (bankHoliday.isPresent()) {
            return Optional.of(day + " is " + bankHoliday.get());
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(day + " is a weekend day");
        }
        return closures.stream().filter(c -> c.includes(date)).findFirst().map(c -> day + " is " + c.reason());
    }

    /** Refuses a date that is not a working day, saying why. */
    public LocalDate requireWorkingDay(LocalDate date) {
        whyNotWorking(date).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
        return date;
    }

    /** The date that is the given number of working days after the start date. */
    public LocalDate after(LocalDate start, int workingDays) {
        return step(start, workingDays, 1);
    }

    /** The date that is the given number of working days before the date. */
    public LocalDate before(LocalDate date, int workingDays) {
        return step(date, workingDays, -1);
    }

    /** The date itself if it is a working day, else the next one: where a due date that falls in a holiday goes. */
    public LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : after(date, 1);
    }

    /** The date itself if it is a working day, else the last one before it: where a date that must stay early goes. */
    public LocalDate onOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : before(date, 1);
    }

    private LocalDate step(LocalDate start, int workingDays, int direction) {
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
