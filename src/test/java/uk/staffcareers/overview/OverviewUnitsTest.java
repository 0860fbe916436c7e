package uk.staffcareers.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.policy.WorkingDays;

/** Days overdue in working days, and CSV cells a spreadsheet reads as text. */
class OverviewUnitsTest {

    record Row(String school, String schoolName, String person, int count) {
    }

    @Test
    void overdueCountsWorkingDaysOnly() {
        // Due Friday 18 December 2026; Christmas Day and the Boxing Day holiday (Monday 28th) do not count.
        assertThat(OverdueTasks.workingDaysBetween(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 29),
                WorkingDays.bankHolidaysOnly())).isEqualTo(5);
        assertThat(OverdueTasks.workingDaysBetween(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 18),
                WorkingDays.bankHolidaysOnly())).isZero();
    }

    @Test
    void csvHeadsColumnsInWordsAndKeepsFormulasOut() {
        String csv = Csv.of(Row.class, List.of(new Row("oakfield", "Oakfield Primary School", "=HYPERLINK(\"x\")", 2),
                new Row("oakfield", "Oakfield, Upper", null, 0)));
        assertThat(csv.split("\r\n")).containsExactly("School name,Person,Count",
                "Oakfield Primary School,\"'=HYPERLINK(\"\"x\"\")\",2", "\"Oakfield, Upper\",,0");
    }
}
