package uk.staffcareers.subjectaccess;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.staffcareers.policy.WorkingDays;

/** The README.txt of an export: whom it is about, when it was made and by whom, what each file holds, and its log entry. */
final class ReadmeText {

    static final String FILE = "README.txt";
    static final String DOCUMENTS = "documents/";

    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("person.json", "The staff directory's record of the person (staff number, name, work e-mail, school, role, "
                + "contract, dates, career stage, QTS and HLTA status), their qualifications, their line manager, and their "
                + "account: user name, groups and the schools it may see");
        FILES.put("cases.json", "Every case about the person, running and finished, from the process engine's history: the "
                + "case reference, the process, when it started and ended and its state, each step with who completed it, "
                + "and the values the case holds");
        PersonalTables.AREAS.forEach(area -> FILES.put(area.file(), area.description()
                + " (the application's own tables, one list per table, columns by name)"));
        FILES.put("documents.json", "Every report and letter issued about the person: title, case, version, who issued it and "
                + "when, and the PDF file of this export that holds it");
    }

    private ReadmeText() {
    }

    static String of(SubjectAccessRequest request, LocalDateTime made, long exportId, List<String> files) {
        StringBuilder text = new StringBuilder()
                .append("Subject access export: ").append(request.subject().fullName())
                .append(" (staff number ").append(request.subject().id()).append(")\n\n")
                .append("Made on ").append(WorkingDays.spoken(made.toLocalDate())).append(" at ")
                .append(made.format(DateTimeFormatter.ofPattern("HH:mm"))).append(" (UK time) by ")
                .append(request.requesterName()).append(".\n\n")
                .append("This is everything the staff careers application holds about this person. Dates and times are UK ")
                .append("time. Where a record names someone by user name, the name is beside it (\"..._name\").\n\n")
                .append("Files:\n");
        for (String file : files) {
            text.append("- ").append(file).append(": ").append(describe(file)).append('\n');
        }
        text.append("- ").append(FILE).append(": this file\n\n")
                .append("Audit: this export is recorded in the application's log of subject access exports as export number ")
                .append(exportId).append(", with whom it is about, who made it, when, how many files it held and its size. ")
                .append("Every earlier export of this person's data is listed in exports.json.\n");
        return text.toString();
    }

    private static String describe(String file) {
        if (file.startsWith(DOCUMENTS)) {
            return "a document as it was issued (PDF); see documents.json";
        }
        return FILES.getOrDefault(file, "");
    }
}
