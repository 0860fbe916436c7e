package uk.staffcareers.directory;

import java.util.List;

/** What an import does to one person: new, changed (which fields), unchanged or leaving; the line that says so. */
record StaffChange(String file, int line, String staffNumber, String name, Change change, List<String> fields) {
}
