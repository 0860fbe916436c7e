package uk.staffcareers.policy;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.InvalidInputException;

/** Working days skip weekends, the bank holidays of England and Wales (from Jollyday) and the trust's own closure days. */
class WorkingDaysTest {

    private final WorkingDays bankHolidays = WorkingDays.bankHolidaysOnly();
    private final WorkingDays demoTrust = new WorkingDays(DemoSchoolYear.YEAR_2026_27);

    @Test
    void weekendsAreSkipped() {
        LocalDate friday = of(2026, 11, 20);
        assertThat(bankHolidays.after(friday, 1)).isEqualTo(of(2026, 11, 23));
        assertThat(bankHolidays.after(friday, 5)).isEqualTo(of(2026, 11, 27));
        assertThat(bankHolidays.after(of(2026, 11, 22), 10)).isEqualTo(of(2026, 12, 4));
        assertThat(bankHolidays.isWorkingDay(of(2026, 11, 21))).isFalse();
        assertThat(bankHolidays.whyNotWorking(of(2026, 11, 22))).contains("Sunday 22 November 2026 is a weekend day");
        assertThat(bankHolidays.before(of(2026, 11, 23), 2)).isEqualTo(of(2026, 11, 19));
        assertThat(bankHolidays.whyNotWorking(of(2026, 11, 23))).isEmpty();
    }

    @Test
    void theBankHolidaysOfEnglandAndWalesAreNotWorkingDaysAndSayWhichTheyAre() {
        assertThat(bankHolidays.whyNotWorking(of(2026, 12, 25))).contains("Friday 25 December 2026 is Christmas Day");
        assertThat(bankHolidays.whyNotWorking(of(2026, 12, 26))).contains("Saturday 26 December 2026 is Boxing Day");
        assertThat(bankHolidays.whyNotWorking(of(2026, 12, 28))).as("Boxing Day falls on a Saturday")
                .contains("Monday 28 December 2026 is Boxing Day (substitute day)");
        assertThat(bankHolidays.whyNotWorking(of(2027, 1, 1))).contains("Friday 1 January 2027 is New Year's Day");
        assertThat(bankHolidays.whyNotWorking(of(2027, 3, 26))).contains("Friday 26 March 2027 is Good Friday");
        assertThat(bankHolidays.whyNotWorking(of(2027, 3, 29))).contains("Monday 29 March 2027 is Easter Monday");
        assertThat(bankHolidays.whyNotWorking(of(2027, 5, 3))).contains("Monday 3 May 2027 is Early May Bank Holiday");
        assertThat(bankHolidays.whyNotWorking(of(2027, 8, 30))).contains("Monday 30 August 2027 is Summer Bank Holiday");
        assertThat(bankHolidays.isWorkingDay(of(2026, 12, 24))).as("Christmas Eve is not a bank holiday").isTrue();
        assertThat(bankHolidays.isWorkingDay(of(2027, 8, 2))).as("Scotland's summer bank holiday is not England's").isTrue();
    }

    @Test
    void theTrustsClosureDaysAreNotWorkingDaysAndSayWhy() {
        assertThat(demoTrust.whyNotWorking(of(2026, 12, 21))).contains("Monday 21 December 2026 is in the Christmas holiday");
        assertThat(demoTrust.whyNotWorking(of(2027, 1, 4))).contains("Monday 4 January 2027 is an INSET day");
        assertThat(demoTrust.whyNotWorking(of(2026, 12, 25))).as("the bank holiday is named first")
                .contains("Friday 25 December 2026 is Christmas Day");
        assertThat(demoTrust.isWorkingDay(of(2027, 1, 5))).isTrue();
        assertThat(bankHolidays.isWorkingDay(of(2027, 1, 4))).as("another trust's INSET day").isTrue();
        assertThatThrownBy(() -> demoTrust.requireWorkingDay(of(2027, 2, 16))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Tuesday 16 February 2027 is in the February half term");
        assertThat(demoTrust.requireWorkingDay(of(2027, 2, 22))).isEqualTo(of(2027, 2, 22));
    }

    @Test
    void aDeadlineCountedFromBeforeChristmasLandsAfterTheNewYear() {
        LocalDate christmasEve = of(2026, 12, 24);
        // Weekdays alone would give Thursday 31 December; 25 and 28 December and 1 January are bank holidays.
        assertThat(bankHolidays.after(christmasEve, 5)).isEqualTo(of(2027, 1, 5));
        // At the demo trust the schools are closed from 21 December, and 4 January is an INSET day.
        assertThat(demoTrust.after(of(2026, 12, 18), 1)).isEqualTo(of(2027, 1, 5));
        assertThat(demoTrust.after(of(2026, 12, 16), 5)).isEqualTo(of(2027, 1, 7));
        assertThat(demoTrust.before(of(2027, 1, 5), 1)).isEqualTo(of(2026, 12, 18));
    }

    @Test
    void aDateInAHolidayMovesToTheNextOrTheLastSchoolDay() {
        assertThat(demoTrust.onOrAfter(of(2026, 12, 25))).isEqualTo(of(2027, 1, 5));
        assertThat(demoTrust.onOrBefore(of(2026, 12, 25))).isEqualTo(of(2026, 12, 18));
        assertThat(demoTrust.onOrAfter(of(2027, 1, 6))).isEqualTo(of(2027, 1, 6));
        assertThat(demoTrust.onOrBefore(of(2027, 1, 6))).isEqualTo(of(2027, 1, 6));
    }

    @Test
    void closureDaysAreRefusedWithoutDatesInOrderOrADescription() {
        assertThatThrownBy(() -> new ClosureDays(of(2027, 1, 4), of(2027, 1, 1), "an INSET day").validated())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends (Friday 1 January 2027) before it starts (Monday 4 January 2027)");
        assertThatThrownBy(() -> new ClosureDays(null, of(2027, 1, 1), "an INSET day").validated())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("first and last day");
        assertThatThrownBy(() -> new ClosureDays(of(2027, 1, 4), of(2027, 1, 4), " ").validated())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Describe each closure");
        assertThat(new ClosureDays(of(2027, 1, 4), of(2027, 1, 4), " an INSET day ").validated().description()).isEqualTo("an INSET day");
        assertThat(new WorkingDays(List.of()).isWorkingDay(of(2027, 1, 4))).isTrue();
    }
}
