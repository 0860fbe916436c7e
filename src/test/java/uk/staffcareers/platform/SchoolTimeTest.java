package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Due times are London's whatever the JVM's zone: a server on UTC keeps 08:30 at 08:30 in a British summer. */
class SchoolTimeTest {

    private TimeZone original;

    @BeforeEach
    void serverOnUtc() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(original);
    }

    @Test
    void aMorningDueTimeInSummerStaysHalfPastEightInLondon() {
        LocalDate summerDay = LocalDate.of(2027, 6, 15);
        ZonedDateTime due = CaseVariables.morningOf(summerDay).toInstant().atZone(ZoneId.of("Europe/London"));
        assertThat(due.toLocalDate()).isEqualTo(summerDay);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(CaseVariables.morningOf(summerDay).toInstant()).as("07:30 UTC in British Summer Time")
                .isEqualTo(ZonedDateTime.of(summerDay, LocalTime.of(7, 30), ZoneId.of("UTC")).toInstant());
    }

    @Test
    void theApplicationsClockIsLondons() {
        assertThat(new ClockConfiguration().clock().getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }
}
