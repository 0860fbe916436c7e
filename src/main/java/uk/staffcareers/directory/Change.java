package uk.staffcareers.directory;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an import does to one record. */
enum Change {
    NEW, CHANGED, UNCHANGED, LEAVING;

    @JsonValue
    String word() {
        return name().toLowerCase();
    }
}
