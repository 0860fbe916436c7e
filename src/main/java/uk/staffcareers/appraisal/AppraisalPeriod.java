package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffMember;

/** An appraisal period: 1 September to 31 August ("2026/27"), or to the end of a shorter fixed-term contract. */
public record AppraisalPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    /** The academic year "2026/27"; checks that the two years follow each other. */
    public static AppraisalPeriod of(String label) {
        var m = label == null ? null : LABEL.matcher(label.strip());
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new InvalidInputException("The appraisal year is written like 2026/27, not '" + label + "'");
        }
        int year = Integer.parseInt(m.group(1));
        return new AppraisalPeriod(label.strip(), LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31));
    }

    /** The academic year a date falls in. */
    public static AppraisalPeriod containing(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return of(year + "/" + String.format("%02d", (year + 1) % 100));
    }

    /** Appraisals are opened for this academic year or the next, never for a year long gone or far ahead. */
    public AppraisalPeriod requireOpenableOn(LocalDate today) {
        AppraisalPeriod current = containing(today);
        AppraisalPeriod next = containing(current.end().plusDays(1));
        if (!label.equals(current.label()) && !label.equals(next.label())) {
            throw new InvalidInputException("Appraisals are opened for this academic year (" + current.label() + ") or the next ("
                    + next.label() + "), not " + label);
        }
        return this;
    }

    /**
     * This period for one employee: someone who starts within it (a mid-year starter) is appraised from
     * their first day, so the interim point and the deadlines follow; a fixed-term contract ending within
     * it ends their period too.
     */
    public AppraisalPeriod forStaff(StaffMember staff) {
        LocalDate from = staff.startDate() != null && staff.startDate().isAfter(start) && !staff.startDate().isAfter(end)
                ? staff.startDate() : start;
        LocalDate to = staff.contractEnd() != null && staff.contractEnd().isBefore(end) && !staff.contractEnd().isBefore(from)
                ? staff.contractEnd() : end;
        return from.equals(start) && to.equals(end) ? this : new AppraisalPeriod(label, from, to);
    }

    /** Someone who started after the academic year's 1 September: their period starts on their first day. */
    public boolean startsMidYear() {
        return start.isAfter(of(label).start());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The day a given share of the period has passed (50: the mid-point). */
    public LocalDate pointAt(int percent) {
        return start.plusDays(ChronoUnit.DAYS.between(start, end) * percent / 100);
    }

    /** As people say it: "Tuesday 1 September 2026 to Tuesday 31 August 2027". */
    public String spoken() {
        return WorkingDays.spoken(start) + " to " + WorkingDays.spoken(end);
    }

    /** The business key of a member of staff's appraisal case in this period (ofBusinessKey reads it back). */
    public String businessKey(String staffId) {
        return businessKey(label, staffId);
    }

    /** The same, from the period's label as the appraisal table keeps it. */
    public static String businessKey(String periodLabel, String staffId) {
        return "APPRAISAL-" + periodLabel + "-" + staffId;
    }

    /** What an appraisal case's business key names: the period's label and the member of staff. */
    public record Key(String periodLabel, String staffId) {
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("APPRAISAL-(\\d{4}/\\d{2})-(.+)");

    /** The period and member of staff of a business key made by businessKey; empty for any other text. */
    public static java.util.Optional<Key> ofBusinessKey(String businessKey) {
        java.util.regex.Matcher key = businessKey == null ? null : KEY.matcher(businessKey);
        return key == null || !key.matches() ? java.util.Optional.empty() : java.util.Optional.of(new Key(key.group(1), key.group(2)));
    }
}
