package uk.staffcareers.subjectaccess;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The log of subject access exports (table subject_access_export): started before the first byte, completed after the last. */
@Component
class ExportLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExportLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long started(SubjectAccessRequest request, LocalDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into subject_access_export (staff_id, staff_name, exported_by, started_at) values (?, ?, ?, ?)")
                .params(request.subject().id(), request.subject().fullName(), request.requester(), at).update(key, "id");
        return key.getKey().longValue();
    }

    void completed(long exportId, int fileCount, long bytes) {
        jdbc.sql("update subject_access_export set completed_at = ?, file_count = ?, bytes = ? where id = ?")
                .params(LocalDateTime.now(clock), fileCount, bytes, exportId).update();
    }
}
