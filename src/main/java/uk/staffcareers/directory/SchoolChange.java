package uk.staffcareers.directory;

import java.util.List;

/** One school of the schools file: new, changed (which fields) or unchanged. */
record SchoolChange(int line, String urn, String name, Change change, List<String> fields) {
}
