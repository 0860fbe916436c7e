package uk.staffcareers.staff;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the staff record keeps beside a {@link StaffMember}: the title (Mrs, Dr), the share of full time, the day employment ends. */
public record EmploymentDetails(String title, BigDecimal fte, LocalDate employmentEndsOn) {
}
