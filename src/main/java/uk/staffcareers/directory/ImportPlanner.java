package uk.staffcareers.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/** Reads the uploaded files against the directory and works out what they would change (README "Bringing in the trust's staff"). */
@Component
class ImportPlanner {

    ImportPlan plan(UploadedFiles files, Importer importer, DirectorySnapshot snapshot) {
        List<ImportError> errors = new ArrayList<>();
        CsvFile.Read schoolFile = read(UploadedFiles.SCHOOLS, files.schools(), Columns.SCHOOLS, errors);
        CsvFile.Read staffFile = read(UploadedFiles.STAFF, files.staff(), Columns.STAFF, errors);
        CsvFile.Read qualificationFile = read(UploadedFiles.QUALIFICATIONS, files.qualifications(), Columns.QUALIFICATIONS, errors);
        if (!errors.isEmpty()) {
            return ImportPlan.refused(errors);
        }
        return plan(schoolFile.rows(), staffFile.rows(), qualificationFile.rows(), importer, snapshot, errors);
    }

    /** The plan of rows already read: from files, or one person's record sent without a file. */
    ImportPlan plan(List<Row> schoolRows, List<Row> staffRows, List<Row> qualificationRows, Importer importer,
            DirectorySnapshot snapshot, List<ImportError> errors) {
        SchoolIndex index = snapshot.schoolIndex();
        SchoolRows.Result schools = SchoolRows.read(schoolRows, snapshot, importer, index, errors);
        Trust trust = schools.trust() != null ? schools.trust() : importersTrust(importer, snapshot);
        List<Incoming> incoming = new StaffRows(snapshot, importer, index, trust, errors).read(staffRows);
        Map<String, StaffMember> inFile = incoming.stream().map(Incoming::member)
                .collect(Collectors.toMap(StaffMember::id, Function.identity(), (a, b) -> a));
        Map<String, QualificationRows.Held> held = QualificationRows.read(qualificationRows, inFile, snapshot, importer, errors);

        List<StaffChange> changes = new ArrayList<>();
        List<Incoming> staffWrites = new ArrayList<>();
        Map<String, List<Qualification>> qualificationWrites = new HashMap<>();
        Map<String, StaffMember> storedBefore = new HashMap<>();
        for (Incoming one : incoming) {
            StaffMember stored = snapshot.staff().get(one.member().id());
            List<String> fields = new ArrayList<>(stored == null ? List.of()
                    : StaffValues.differences(StaffValues.of(stored, snapshot.details().get(stored.id()), index),
                            StaffValues.of(one.member(), one.details(), index)));
            if (stored == null || !fields.isEmpty()) {
                staffWrites.add(one);
            }
            if (stored != null && !fields.isEmpty()) {
                storedBefore.put(stored.id(), stored);
            }
            QualificationRows.Held qualifications = held.remove(one.member().id());
            if (qualifications != null && !QualificationRows.same(qualifications.qualifications(), storedQualifications(snapshot, one.member().id()))) {
                fields.add("Qualifications");
                qualificationWrites.put(one.member().id(), qualifications.qualifications());
            }
            changes.add(new StaffChange(UploadedFiles.STAFF, one.row().line(), one.member().id(), one.member().fullName(),
                    change(stored, one.details(), fields), fields));
        }
        held.forEach((id, qualifications) -> {
            boolean same = QualificationRows.same(qualifications.qualifications(), storedQualifications(snapshot, id));
            if (!same) {
                qualificationWrites.put(id, qualifications.qualifications());
            }
            changes.add(new StaffChange(UploadedFiles.QUALIFICATIONS, qualifications.line(), id, snapshot.staff().get(id).fullName(),
                    same ? Change.UNCHANGED : Change.CHANGED, same ? List.of() : List.of("Qualifications")));
        });
        return new ImportPlan(errors, schools.changes(), changes, schools.newTrust() ? schools.trust() : null, schools.writes(),
                schools.urnWrites(), staffWrites, qualificationWrites, storedBefore);
    }

    private static CsvFile.Read read(String name, byte[] bytes, Columns columns, List<ImportError> errors) {
        CsvFile.Read read = bytes == null ? new CsvFile.Read(List.of(), List.of()) : CsvFile.read(name, bytes, columns);
        errors.addAll(read.errors());
        return read;
    }

    private static Change change(StaffMember stored, EmploymentDetails incoming, List<String> fields) {
        if (stored == null) {
            return Change.NEW;
        }
        if (incoming.employmentEndsOn() != null && fields.contains(Columns.LEAVING_DATE)) {
            return Change.LEAVING;
        }
        return fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
    }

    private static List<Qualification> storedQualifications(DirectorySnapshot snapshot, String staffId) {
        return snapshot.qualifications().getOrDefault(staffId, List.of());
    }

    /** The trust trust-wide staff of a file without a schools file belong to: the importer's, else the directory's only one. */
    private static Trust importersTrust(Importer importer, DirectorySnapshot snapshot) {
        return snapshot.trusts().stream().filter(t -> t.id().equals(importer.trustId())).findFirst()
                .orElse(snapshot.trusts().size() == 1 ? snapshot.trusts().get(0) : null);
    }
}
