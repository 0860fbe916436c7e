package uk.staffcareers.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffDirectory;

/**
 * One person's record changed without a file (the central team): added, edited or their employment ended. Each goes
 * through the same checks as a line of the staff file, and is applied at once.
 */
@Service
public class StaffChanges {

    /** The JSON fields of a single change, each one column of the staff file. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("staffNumber", Columns.STAFF_NUMBER),
            Map.entry("title", Columns.TITLE), Map.entry("forenames", Columns.FORENAMES), Map.entry("surname", Columns.SURNAME),
            Map.entry("workEmail", Columns.WORK_EMAIL), Map.entry("school", Columns.SCHOOL), Map.entry("role", Columns.ROLE),
            Map.entry("contractType", Columns.CONTRACT_TYPE), Map.entry("contractEndDate", Columns.CONTRACT_END),
            Map.entry("fte", Columns.FTE), Map.entry("startDate", Columns.START_DATE), Map.entry("lineManager", Columns.LINE_MANAGER),
            Map.entry("qts", Columns.QTS), Map.entry("hltaStatus", Columns.HLTA_STATUS), Map.entry("hltaDate", Columns.HLTA_DATE),
            Map.entry("careerStage", Columns.CAREER_STAGE), Map.entry("careerLevel", Columns.CAREER_LEVEL),
            Map.entry("leavingDate", Columns.LEAVING_DATE));

    private final StaffDirectory directory;
    private final IdentitySync identities;
    private final ImportPlanner planner;
    private final ImportWriter writer;

    StaffChanges(StaffDirectory directory, IdentitySync identities, ImportPlanner planner, ImportWriter writer) {
        this.directory = directory;
        this.identities = identities;
        this.planner = planner;
        this.writer = writer;
    }

    @Transactional
    public StaffChange add(Importer importer, Map<String, Object> fields) {
        String id = InvalidInputException.requireText(text(fields.get("staffNumber")), "Give the new person's staff number (staffNumber)");
        if (directory.find(id.toUpperCase(Locale.ROOT)).isPresent()) {
            throw CaseStateException.notNow("Staff number " + id.toUpperCase(Locale.ROOT) + " is already in the directory: edit that record instead");
        }
        return apply(importer, values(fields));
    }

    /** Only the fields sent change; the others keep their stored values. */
    @Transactional
    public StaffChange edit(Importer importer, String staffNumber, Map<String, Object> fields) {
        Map<String, String> values = values(fields);
        values.put(Columns.STAFF_NUMBER, existing(staffNumber));
        return apply(importer, values);
    }

    @Transactional
    public StaffChange endEmployment(Importer importer, String staffNumber, Object date) {
        Map<String, String> values = new HashMap<>();
        values.put(Columns.STAFF_NUMBER, existing(staffNumber));
        values.put(Columns.LEAVING_DATE, InvalidInputException.requireText(text(date), "Give the day employment ends (date), e.g. 2026-08-31"));
        return apply(importer, values);
    }

    private String existing(String staffNumber) {
        return directory.get(staffNumber.toUpperCase(Locale.ROOT)).id();
    }

    private StaffChange apply(Importer importer, Map<String, String> values) {
        List<ImportError> errors = new ArrayList<>();
        ImportPlan plan = planner.plan(List.of(), List.of(new Row("request", 1, values)), List.of(), importer,
                DirectorySnapshot.load(directory, identities), errors);
        if (!plan.applicable()) {
            throw new InvalidInputException(plan.errors().stream().map(e -> e.column() + ": " + e.reason()).collect(Collectors.joining("; ")));
        }
        writer.write(plan, importer.username());
        return plan.staff().get(0);
    }

    private static Map<String, String> values(Map<String, Object> fields) {
        Map<String, String> values = new HashMap<>();
        fields.forEach((name, value) -> {
            String column = FIELDS.get(name);
            if (column == null) {
                throw new InvalidInputException("There is no field '" + name + "': the fields are " + String.join(", ", FIELDS.keySet()));
            }
            values.put(column, text(value));
        });
        return values;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
