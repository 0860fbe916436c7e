package uk.staffcareers.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index Camunda's own schema lacks and this application's volume needs, added once the engine has
 * created or checked its tables (the engine owns them, so this is not one of our Flyway migrations).
 * Completing any task looks for its sub-tasks by parent (camunda/camunda#36824); without this index
 * that is a scan of every open task: 10 ms on PostgreSQL at a trust's 26,000 open tasks, paid by
 * every completion (README "Benchmark"). Where the application may not change the engine's schema,
 * the warning gives the statement for a database administrator to run; the application still starts.
 */
final class EngineIndexes {

    static final String TASK_PARENT = "STAFFCAREERS_IDX_TASK_PARENT";

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    private EngineIndexes() {
    }

    static void ensure(DataSource dataSource, String tablePrefix) {
        String sql = "create index if not exists " + TASK_PARENT + " on " + tablePrefix + "ACT_RU_TASK (PARENT_TASK_ID_)";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("Could not add an index to Camunda's task table ({}); task completion slows as open tasks grow. "
                    + "A database administrator can run: {}", e.getMessage(), sql);
        }
    }
}
