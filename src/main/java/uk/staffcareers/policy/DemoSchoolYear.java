package uk.staffcareers.policy;

import static java.time.LocalDate.of;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The demo trust's closure days for 2026/27: its school holidays and five INSET days, as a trust's central team
 * would enter them. Loaded with the demo trust when it has none; bank holidays come from the calendar, not from here.
 */
@Component
public class DemoSchoolYear {

    static final List<ClosureDays> YEAR_2026_27 = List.of(
            new ClosureDays(of(2026, 9, 1), of(2026, 9, 1), "an INSET day"),
            new ClosureDays(of(2026, 9, 2), of(2026, 9, 2), "an INSET day"),
            new ClosureDays(of(2026, 10, 26), of(2026, 10, 30), "the autumn half term"),
            new ClosureDays(of(2026, 12, 21), of(2027, 1, 1), "the Christmas holiday"),
            new ClosureDays(of(2027, 1, 4), of(2027, 1, 4), "an INSET day"),
            new ClosureDays(of(2027, 2, 15), of(2027, 2, 19), "the February half term"),
            new ClosureDays(of(2027, 3, 29), of(2027, 4, 9), "the Easter holiday"),
            new ClosureDays(of(2027, 4, 12), of(2027, 4, 12), "an INSET day"),
            new ClosureDays(of(2027, 5, 31), of(2027, 6, 4), "the May half term"),
            new ClosureDays(of(2027, 7, 22), of(2027, 7, 22), "an INSET day"),
            new ClosureDays(of(2027, 7, 23), of(2027, 8, 31), "the summer holiday"));

    private final SchoolCalendars calendars;

    DemoSchoolYear(SchoolCalendars calendars) {
        this.calendars = calendars;
    }

    public void loadIfNone(String trustId) {
        if (calendars.closures(trustId).isEmpty()) {
            calendars.replace(trustId, YEAR_2026_27, "demo");
        }
    }
}
