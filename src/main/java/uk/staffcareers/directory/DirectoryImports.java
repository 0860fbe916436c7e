package uk.staffcareers.directory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffDirectory;

/**
 * Bringing in the trust's staff from CSV files: a preview compares the files with the directory and changes nothing;
 * applying it writes exactly those files, and only while the directory is as it was when they were previewed.
 */
@Service
public class DirectoryImports {

    private final StaffDirectory directory;
    private final IdentitySync identities;
    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final ImportStore store;
    private final Clock clock;

    DirectoryImports(StaffDirectory directory, IdentitySync identities, ImportPlanner planner, ImportWriter writer, ImportStore store,
            Clock clock) {
        this.directory = directory;
        this.identities = identities;
        this.planner = planner;
        this.writer = writer;
        this.store = store;
        this.clock = clock;
    }

    /** Compares the files with the directory; a preview without errors is kept, under the id the report gives, to be applied. */
    @Transactional
    public ImportReport preview(Importer importer, UploadedFiles files) {
        check(importer, files);
        DirectorySnapshot snapshot = DirectorySnapshot.load(directory, identities);
        ImportPlan plan = planner.plan(files, importer, snapshot);
        if (!plan.applicable()) {
            return ImportReport.of(plan, null, false);
        }
        String id = UUID.randomUUID().toString();
        store.save(id, importer, snapshot.fingerprint(), files, LocalDateTime.now(clock));
        return ImportReport.of(plan, id, false);
    }

    /** Applies a preview of the same person: refused once applied, and when the directory changed since. */
    @Transactional
    public ImportReport apply(Importer importer, String id) {
        ImportStore.Stored stored = store.find(id).filter(s -> s.createdBy().equals(importer.username()))
                .orElseThrow(() -> CaseStateException.unknown("There is no preview " + id + " of yours: upload the files again"));
        if (stored.appliedAt() != null || !store.markApplied(id, importer.username(), LocalDateTime.now(clock))) {
            throw CaseStateException.notNow("This preview has already been applied: upload the files again to see what they would change now");
        }
        if (!Objects.equals(stored.schoolId(), importer.schoolId())) {
            throw new NotAllowedException("This preview was made for other schools than the ones you now bring in staff for");
        }
        DirectorySnapshot snapshot = DirectorySnapshot.load(directory, identities);
        if (!snapshot.fingerprint().equals(stored.fingerprint())) {
            throw CaseStateException.notNow("The staff directory has changed since this preview was made, so it may no longer say "
                    + "what the files would change: upload the files again for a new preview");
        }
        ImportPlan plan = planner.plan(stored.files(), importer, snapshot);
        if (!plan.applicable()) {
            throw CaseStateException.notNow("The files no longer apply: " + plan.errors().get(0).say());
        }
        writer.write(plan, importer.username());
        return ImportReport.of(plan, id, true);
    }

    /** Preview and apply in one step (an API client's ?apply=true): applied only when there is no error. */
    @Transactional
    public ImportReport previewAndApply(Importer importer, UploadedFiles files) {
        ImportReport preview = preview(importer, files);
        return preview.id() == null ? preview : apply(importer, preview.id());
    }

    private static void check(Importer importer, UploadedFiles files) {
        if (files.empty()) {
            throw new InvalidInputException("Upload the staff file, the qualifications file or the schools file (multipart fields "
                    + "'staff', 'qualifications', 'schools')");
        }
        if (files.schools() != null && !importer.wholeTrust()) {
            throw new NotAllowedException("Only the trust's central team changes the trust's schools: upload your staff file without the schools file");
        }
    }
}
