package uk.staffcareers.directory;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Previewed imports (table directory_import): the files as uploaded until they are applied, then who applied them and when. */
@Repository
class ImportStore {

    record Stored(String id, String createdBy, String schoolId, String fingerprint, UploadedFiles files,
            LocalDateTime appliedAt, String appliedBy) {
    }

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a preview; previews never applied are dropped after a day, so their files do not pile up. */
    void save(String id, Importer importer, String fingerprint, UploadedFiles files, LocalDateTime now) {
        jdbc.sql("delete from directory_import where applied_at is null and created_at < ?").param(now.minusDays(1)).update();
        jdbc.sql("""
                insert into directory_import (id, created_by, created_at, school_id, directory_fingerprint, schools_csv, staff_csv,
                  qualifications_csv) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, importer.username(), now, importer.schoolId(), fingerprint, files.schools(), files.staff(),
                        files.qualifications())
                .update();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("""
                select id, created_by, school_id, directory_fingerprint, schools_csv, staff_csv, qualifications_csv, applied_at, applied_by
                from directory_import where id = ?""").param(id)
                .query((rs, n) -> new Stored(rs.getString("id"), rs.getString("created_by"), rs.getString("school_id"),
                        rs.getString("directory_fingerprint"), new UploadedFiles(rs.getBytes("schools_csv"), rs.getBytes("staff_csv"),
                                rs.getBytes("qualifications_csv")),
                        rs.getObject("applied_at", LocalDateTime.class), rs.getString("applied_by")))
                .optional();
    }

    /** Marks the import applied and drops its files; false when it already was (a second apply, or one at the same moment). */
    boolean markApplied(String id, String by, LocalDateTime now) {
        return jdbc.sql("""
                update directory_import set applied_at = ?, applied_by = ?, schools_csv = null, staff_csv = null, qualifications_csv = null
                where id = ? and applied_at is null""").params(now, by, id).update() == 1;
    }
}
