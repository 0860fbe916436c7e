package uk.staffcareers.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.StaffMember;

/**
 * A staff record as the staff file writes it, column by column. A column a file leaves out keeps the stored value,
 * and a single change sends only what changes: both start from these values.
 */
final class StaffValues {

    private StaffValues() {
    }

    static Map<String, String> of(StaffMember s, EmploymentDetails d, SchoolIndex schools) {
        Map<String, String> v = new HashMap<>();
        v.put(Columns.STAFF_NUMBER, s.id());
        v.put(Columns.TITLE, d == null || d.title() == null ? "" : d.title());
        v.put(Columns.FORENAMES, s.firstName());
        v.put(Columns.SURNAME, s.lastName());
        v.put(Columns.WORK_EMAIL, s.email());
        v.put(Columns.SCHOOL, schools.written(s.schoolId()));
        v.put(Columns.ROLE, Vocabulary.role(s.role()).get(0));
        v.put(Columns.CONTRACT_TYPE, Vocabulary.contract(s.contractType()).get(0));
        v.put(Columns.CONTRACT_END, date(s.contractEnd()));
        v.put(Columns.FTE, d == null || d.fte() == null ? "" : d.fte().toPlainString());
        v.put(Columns.START_DATE, date(s.startDate()));
        v.put(Columns.LINE_MANAGER, s.lineManagerId() == null ? "" : s.lineManagerId());
        v.put(Columns.QTS, s.hasQts() ? "yes" : "no");
        v.put(Columns.HLTA_STATUS, s.hltaStatus() ? "yes" : "no");
        v.put(Columns.HLTA_DATE, date(s.hltaAwardedOn()));
        v.put(Columns.CAREER_STAGE, s.careerStage() == null ? "" : Vocabulary.stage(s.careerStage()).get(0));
        v.put(Columns.CAREER_LEVEL, s.careerLevel() == null ? "" : s.careerLevel().toString());
        v.put(Columns.LEAVING_DATE, date(d == null ? null : d.employmentEndsOn()));
        return v;
    }

    /** The fields that differ between the stored record and the one a line says, by column. */
    static java.util.List<String> differences(Map<String, String> stored, Map<String, String> incoming) {
        return Columns.STAFF_ORDER.stream().filter(c -> !same(c, stored.getOrDefault(c, ""), incoming.getOrDefault(c, ""))).toList();
    }

    private static boolean same(String column, String a, String b) {
        if (Columns.FTE.equals(column)) {
            return new BigDecimal(a.isEmpty() ? "1" : a).compareTo(new BigDecimal(b.isEmpty() ? "1" : b)) == 0;
        }
        return a.equals(b);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
