package uk.staffcareers.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.staffcareers.staff.School;

/** The schools a staff file may name, as the directory has them and as the schools file changes them: by URN, code or name. */
final class SchoolIndex {

    private final Map<String, School> byKey = new HashMap<>();
    private final Map<String, String> urns = new HashMap<>();
    private final List<School> schools = new ArrayList<>();

    void add(School school, String urn) {
        schools.removeIf(s -> s.id().equals(school.id()));
        schools.add(school);
        byKey.put(school.id().toLowerCase(Locale.ROOT), school);
        byKey.put(school.name().toLowerCase(Locale.ROOT), school);
        if (urn != null) {
            byKey.put(urn, school);
            urns.put(school.id(), urn);
        }
    }

    Optional<School> find(String urnCodeOrName) {
        return Optional.ofNullable(byKey.get(urnCodeOrName.strip().toLowerCase(Locale.ROOT)));
    }

    Optional<School> byId(String id) {
        return id == null ? Optional.empty() : schools.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** How a file names this school: its URN, else its code. */
    String written(String schoolId) {
        return schoolId == null ? "" : urns.getOrDefault(schoolId, schoolId);
    }

    String nameOf(String schoolId) {
        return byId(schoolId).map(School::name).orElse(schoolId);
    }
}
