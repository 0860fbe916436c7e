package uk.staffcareers.directory;

import static uk.staffcareers.directory.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.staff.StaffMember;

/**
 * The qualifications file: each line one qualification of someone in the staff file or the directory (a
 * headteacher's, of their own school's staff). Everyone the file names has exactly the file's qualifications
 * afterwards; people it does not name keep theirs.
 */
final class QualificationRows {

    /** A person's qualifications from the file, and the first line that names them. */
    record Held(int line, List<Qualification> qualifications) {
    }

    private static final Comparator<Qualification> ORDER = Comparator
            .comparing(Qualification::awardedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Qualification::title).thenComparing(Qualification::type).thenComparing(Qualification::subject)
            .thenComparingInt(Qualification::level);

    private QualificationRows() {
    }

    static Map<String, Held> read(List<Row> rows, Map<String, StaffMember> staffInFile, DirectorySnapshot snapshot,
            Importer importer, List<ImportError> errors) {
        Map<String, Held> byStaff = new LinkedHashMap<>();
        for (Row row : rows) {
            Cells c = new Cells(row, errors);
            String id = c.text(STAFF_NUMBER, 20, true);
            String title = c.text(TITLE, 200, true);
            QualificationSubject subject = c.word(SUBJECT, QualificationSubject.values(), Vocabulary::subject, "a subject", true);
            QualificationType type = c.word(TYPE, QualificationType.values(), Vocabulary::type, "a type of qualification", true);
            Integer level = "entry".equalsIgnoreCase(row.get(LEVEL)) ? Integer.valueOf(0) : c.number(LEVEL, 0, 8, true);
            LocalDate awarded = c.date(DATE, false);
            if (id != null) {
                id = id.toUpperCase(Locale.ROOT);
                StaffMember person = staffInFile.getOrDefault(id, snapshot.staff().get(id));
                if (person == null) {
                    c.error(STAFF_NUMBER, "No staff number " + id + " in the staff file or the directory");
                } else if (!importer.wholeTrust() && !importer.schoolId().equals(person.schoolId())) {
                    c.error(STAFF_NUMBER, "Staff number " + id + " is not of " + "your school: you bring in your own school's staff only");
                }
            }
            if (c.ok()) {
                byStaff.computeIfAbsent(id, k -> new Held(row.line(), new ArrayList<>()))
                        .qualifications().add(new Qualification(title, type, subject, level, awarded));
            }
        }
        return byStaff;
    }

    /** The same qualifications, whatever their order. */
    static boolean same(List<Qualification> a, List<Qualification> b) {
        return a.stream().sorted(ORDER).toList().equals(b.stream().sorted(ORDER).toList());
    }
}
