package uk.staffcareers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(WorkingDays.after(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDays.after(friday, 5)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 22), 10)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(WorkingDays.before(LocalDate.of(2026, 11, 23), 2)).isEqualTo(LocalDate.of(2026, 11, 19));
    }
}
