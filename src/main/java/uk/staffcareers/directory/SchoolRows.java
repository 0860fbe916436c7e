package uk.staffcareers.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.staffcareers.staff.School;
import uk.staffcareers.staff.Trust;

/**
 * The schools file: the trust and its schools with their DfE URN. A school is found by its URN, else by its name
 * (a school the directory holds without a URN gets it); a school the directory does not have is added with the code
 * {@code urn-<URN>}, which is also its Camunda tenant. A trust the directory does not have is added (setting up an
 * installation); the central team's file may only name their own trust.
 */
final class SchoolRows {

    record Result(Trust trust, boolean newTrust, List<SchoolChange> changes, List<School> writes, Map<String, String> urnWrites) {
    }

    private SchoolRows() {
    }

    static Result read(List<Row> rows, DirectorySnapshot snapshot, Importer importer, SchoolIndex index, List<ImportError> errors) {
        Trust trust = null;
        boolean newTrust = false;
        List<SchoolChange> changes = new ArrayList<>();
        List<School> writes = new ArrayList<>();
        Map<String, String> urnWrites = new HashMap<>();
        Map<String, Integer> seenUrns = new HashMap<>();
        Map<String, String> schoolOfUrn = new HashMap<>();
        snapshot.urns().forEach((school, urn) -> schoolOfUrn.put(urn, school));
        for (Row row : rows) {
            Cells cells = new Cells(row, errors);
            String trustName = cells.text(Columns.TRUST, 200, true);
            String urn = cells.text(Columns.URN, 6, true);
            String name = cells.text(Columns.SCHOOL_NAME, 200, true);
            if (urn != null && !urn.matches("\\d{6}")) {
                cells.error(Columns.URN, "\"" + urn + "\" is not a URN: the DfE's unique reference number has six digits");
            } else if (urn != null && seenUrns.putIfAbsent(urn, row.line()) != null) {
                cells.error(Columns.URN, "URN " + urn + " is also on line " + seenUrns.get(urn));
            }
            if (trustName != null && trust == null) {
                Optional<Trust> known = snapshot.trusts().stream()
                        .filter(t -> t.id().equalsIgnoreCase(trustName) || t.name().equalsIgnoreCase(trustName)).findFirst();
                newTrust = known.isEmpty();
                trust = known.orElseGet(() -> new Trust(code(trustName), trustName));
                if (importer.trustId() != null && !importer.trustId().equals(trust.id())) {
                    cells.error(Columns.TRUST, "You work for " + snapshot.trusts().stream().filter(t -> t.id().equals(importer.trustId()))
                            .map(Trust::name).findFirst().orElse(importer.trustId()) + ": this file names \"" + trustName + "\"");
                }
            } else if (trustName != null && !trust.id().equalsIgnoreCase(trustName) && !trust.name().equalsIgnoreCase(trustName)) {
                cells.error(Columns.TRUST, "Every school of the file is of one trust: line 2 names \"" + trust.name() + "\"");
            }
            if (!cells.ok()) {
                continue;
            }
            Optional<School> existing = Optional.ofNullable(schoolOfUrn.get(urn)).flatMap(index::byId)
                    .or(() -> index.find(name).filter(s -> !snapshot.urns().containsKey(s.id())));
            if (existing.isEmpty() && index.find(name).isPresent()) {
                cells.error(Columns.URN, name + " has URN " + snapshot.urns().get(index.find(name).get().id()) + " in the directory, not " + urn);
                continue;
            }
            School school = new School(existing.map(School::id).orElse("urn-" + urn), trust.id(), name);
            List<String> fields = new ArrayList<>();
            existing.ifPresent(old -> {
                if (!old.name().equals(name)) {
                    fields.add(Columns.SCHOOL_NAME);
                }
                if (!urn.equals(snapshot.urns().get(old.id()))) {
                    fields.add(Columns.URN);
                }
            });
            Change change = existing.isEmpty() ? Change.NEW : fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
            changes.add(new SchoolChange(row.line(), urn, name, change, fields));
            if (change != Change.UNCHANGED) {
                writes.add(school);
                urnWrites.put(school.id(), urn);
            }
            index.add(school, urn);
        }
        return new Result(trust, newTrust, changes, writes, urnWrites);
    }

    /** A new trust's code (its tenant for trust-wide staff): its name in lower case, words joined by hyphens. */
    private static String code(String name) {
        String code = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return code.length() > 40 ? code.substring(0, 40).replaceAll("-$", "") : code.isEmpty() ? "trust" : code;
    }
}
