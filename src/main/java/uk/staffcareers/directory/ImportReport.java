package uk.staffcareers.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page and an API client are told about an import: its id (a preview without errors, to apply), whether it
 * was applied, a sentence, the counts, the rows that change (unchanged ones only counted) and every error.
 */
record ImportReport(String id, boolean applied, String message, Map<String, Long> counts, Map<String, Long> schools,
        List<StaffChange> rows, List<SchoolChange> schoolRows, List<ImportError> errors) {

    static ImportReport of(ImportPlan plan, String id, boolean applied) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> schools = new LinkedHashMap<>();
        for (Change change : Change.values()) {
            counts.put(change.word(), plan.count(change));
            if (change != Change.LEAVING) {
                schools.put(change.word(), plan.schoolCount(change));
            }
        }
        String numbers = counts.get("new") + " new, " + counts.get("changed") + " changed, " + counts.get("leaving") + " leaving, "
                + counts.get("unchanged") + " unchanged";
        String message = !plan.applicable()
                ? "The " + (plan.errors().size() == 1 ? "file has 1 error" : "files have " + plan.errors().size() + " errors")
                        + ": nothing is changed until every one is corrected and the files are uploaded again"
                : applied ? "Applied: " + numbers + "."
                : "Nothing is changed yet: " + numbers + ". Apply this preview to bring them in.";
        return new ImportReport(id, applied, message, counts, schools,
                plan.staff().stream().filter(s -> s.change() != Change.UNCHANGED).toList(),
                plan.schools().stream().filter(s -> s.change() != Change.UNCHANGED).toList(), plan.errors());
    }
}
