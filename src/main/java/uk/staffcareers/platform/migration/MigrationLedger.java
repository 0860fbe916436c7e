package uk.staffcareers.platform.migration;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The migrations started and the cases each was given (V30), kept after Camunda removes a finished batch. */
@Repository
class MigrationLedger {

    record Migration(String batchId, String processKey, int sourceVersion, String targetDefinition, int targetVersion,
            String requestedBy, LocalDateTime requestedAt) {
    }

    record Case(String processInstanceId, String businessKey) {
    }

    private final JdbcClient jdbc;

    MigrationLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Migration migration, List<Case> cases) {
        jdbc.sql("""
                insert into model_migration (batch_id, process_key, source_version, target_definition, target_version, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(migration.batchId(), migration.processKey(), migration.sourceVersion(), migration.targetDefinition(),
                        migration.targetVersion(), migration.requestedBy(), migration.requestedAt())
                .update();
        cases.forEach(c -> jdbc.sql("insert into model_migration_case (batch_id, process_instance_id, business_key) values (?, ?, ?)")
                .params(migration.batchId(), c.processInstanceId(), c.businessKey()).update());
    }

    Optional<Migration> find(String batchId) {
        return jdbc.sql("""
                select batch_id, process_key, source_version, target_definition, target_version, requested_by, requested_at
                from model_migration where batch_id = ?""").param(batchId).query(Migration.class).optional();
    }

    List<Case> cases(String batchId) {
        return jdbc.sql("select process_instance_id, business_key from model_migration_case where batch_id = ? order by business_key")
                .param(batchId).query(Case.class).list();
    }
}
