package uk.staffcareers.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one kind of file, by the name its header row gives them (any case; a few other names a MIS uses
 * are taken too), and which of them must be there. The three files of README "Bringing in the trust's staff".
 */
final class Columns {

    static final String STAFF_NUMBER = "Staff number";
    static final String TITLE = "Title";
    static final String FORENAMES = "Forenames";
    static final String SURNAME = "Surname";
    static final String WORK_EMAIL = "Work email";
    static final String SCHOOL = "School";
    static final String ROLE = "Role";
    static final String CONTRACT_TYPE = "Contract type";
    static final String CONTRACT_END = "Contract end date";
    static final String FTE = "FTE";
    static final String START_DATE = "Start date";
    static final String LINE_MANAGER = "Line manager";
    static final String QTS = "QTS";
    static final String HLTA_STATUS = "HLTA status";
    static final String HLTA_DATE = "HLTA date";
    static final String CAREER_STAGE = "Career stage";
    static final String CAREER_LEVEL = "Career level";
    static final String LEAVING_DATE = "Leaving date";

    static final String SUBJECT = "Subject";
    static final String TYPE = "Type";
    static final String LEVEL = "Level";
    static final String DATE = "Date";

    static final String TRUST = "Trust";
    static final String URN = "URN";
    static final String SCHOOL_NAME = "School name";

    /** The staff file's columns in the order the page and the example file show them. */
    static final List<String> STAFF_ORDER = List.of(STAFF_NUMBER, TITLE, FORENAMES, SURNAME, WORK_EMAIL, SCHOOL, ROLE, CONTRACT_TYPE,
            CONTRACT_END, FTE, START_DATE, LINE_MANAGER, QTS, HLTA_STATUS, HLTA_DATE, CAREER_STAGE, CAREER_LEVEL, LEAVING_DATE);

    static final Columns STAFF = new Columns()
            .required(STAFF_NUMBER).optional(TITLE).required(FORENAMES, "First names", "Forename").required(SURNAME, "Last name")
            .required(WORK_EMAIL, "Email").required(SCHOOL, "School URN", "School URN or name").required(ROLE)
            .required(CONTRACT_TYPE).optional(CONTRACT_END, "Contract end").optional(FTE).required(START_DATE)
            .optional(LINE_MANAGER, "Line manager staff number", "Line manager's staff number").optional(QTS)
            .optional(HLTA_STATUS, "HLTA").optional(HLTA_DATE).optional(CAREER_STAGE).optional(CAREER_LEVEL)
            .optional(LEAVING_DATE, "End date", "Leaving on");
    static final Columns QUALIFICATIONS = new Columns()
            .required(STAFF_NUMBER).required(TITLE).required(SUBJECT).required(TYPE).required(LEVEL).optional(DATE, "Awarded on");
    static final Columns SCHOOLS = new Columns().required(TRUST).required(URN).required(SCHOOL_NAME, "Name");

    private final Map<String, String> byName = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    private Columns required(String column, String... otherNames) {
        required.add(column);
        return optional(column, otherNames);
    }

    private Columns optional(String column, String... otherNames) {
        byName.put(CsvFile.normal(column), column);
        for (String name : otherNames) {
            byName.put(CsvFile.normal(name), column);
        }
        return this;
    }

    /** The column a header names, or null for a column this application does not read. */
    String named(String normalHeader) {
        return byName.get(normalHeader);
    }

    List<ImportError> missingFrom(String file, List<String> header) {
        List<String> present = header.stream().map(this::named).toList();
        return required.stream().filter(column -> !present.contains(column))
                .map(column -> new ImportError(file, 1, column, "The header row has no column \"" + column
                        + "\": add it (the columns are " + String.join(", ", required) + ", in any order)"))
                .toList();
    }
}
