package uk.staffcareers.appraisal;

import java.math.BigDecimal;

import uk.staffcareers.staff.StaffMember;

/**
 * For someone working part time, what the draft-objectives guidance says about their hours: objectives are
 * set in proportion to the time worked. Nothing for full-time staff.
 */
final class WorkingPatternNote {

    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(5);

    private WorkingPatternNote() {
    }

    /** A paragraph to follow the guidance's first one, or the empty string (fte 1 or unknown). */
    static String of(StaffMember staff, BigDecimal fte) {
        if (fte == null || fte.compareTo(BigDecimal.ONE) >= 0) {
            return "";
        }
        BigDecimal days = fte.multiply(DAYS_A_WEEK).stripTrailingZeros();
        return "\n\n**" + staff.fullName() + " works " + fte.stripTrailingZeros().toPlainString() + " of full time ("
                + days.toPlainString() + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days") + " a week)**: "
                + "objectives and their success criteria should be proportionate to the hours worked.";
    }
}
