package uk.staffcareers.appraisal;

import java.time.LocalDate;

/** An appraisal row's period columns, read by name (period_label, period_start, period_end). */
record PeriodRow(String periodLabel, LocalDate periodStart, LocalDate periodEnd) {

    AppraisalPeriod period() {
        return new AppraisalPeriod(periodLabel, periodStart, periodEnd);
    }
}
