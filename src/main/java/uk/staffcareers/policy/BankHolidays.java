package uk.staffcareers.policy;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The bank holidays of England and Wales, from Jollyday's maintained calendar (United Kingdom, England), with
 * their British names (descriptions/holiday_descriptions_en_GB.properties gives "Christmas Day" as gov.uk does).
 */
final class BankHolidays {

    private static final String ENGLAND = "eng";
    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    /** The bank holiday on this date, by name; a weekday that stands in for one on a weekend is its substitute day. */
    static Optional<String> on(LocalDate date) {
        return Optional.ofNullable(BY_YEAR.computeIfAbsent(date.getYear(), BankHolidays::ofYear).get(date));
    }

    private static Map<LocalDate, String> ofYear(int year) {
        Map<LocalDate, String> names = new HashMap<>();
        for (Holiday holiday : UNITED_KINGDOM.getHolidays(Year.of(year), ENGLAND)) {
            String name = holiday.getDescription(Locale.UK);
            names.putIfAbsent(holiday.getActualDate(), name);
            holiday.getObservedDate().ifPresent(observed -> names.put(observed, name + " (substitute day)"));
        }
        return Map.copyOf(names);
    }
}
