package uk.staffcareers.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes Camunda's own schema lacks and this application's volume needs, added once the engine has
 * created or checked its tables (the engine owns them, so these are not among our Flyway migrations,
 * which run before the engine creates its tables on a new database). Where the application may not
 * change the engine's schema, the warning gives the statement for a database administrator to run; the
 * application still starts.
 * <ul>
 *   <li>Completing any task looks for its sub-tasks by parent (camunda/camunda#36824); without an index
 *   that is a scan of every open task: 10 ms on PostgreSQL at a trust's 26,000 open tasks, paid by every
 *   completion (README "Benchmark").</li>
 *   <li>Overdue tasks (the Staff careers overview, Tasklist's "Overdue tasks in my school") are those due
 *   before now: by due date, only the overdue ones are read instead of every open task of the schools.</li>
 * </ul>
 */
final class EngineIndexes {

    static final String TASK_PARENT = "STAFFCAREERS_IDX_TASK_PARENT";
    static final String TASK_DUE = "STAFFCAREERS_IDX_TASK_DUE";

    /** Index name → its table and columns. */
    private static final Map<String, String> INDEXES = Map.of(
            TASK_PARENT, "ACT_RU_TASK (PARENT_TASK_ID_)",
            TASK_DUE, "ACT_RU_TASK (DUE_DATE_)");

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    private EngineIndexes() {
    }

    static void ensure(DataSource dataSource, String tablePrefix) {
        INDEXES.forEach((name, columns) -> create(dataSource, "create index if not exists " + name + " on " + tablePrefix + columns));
    }

    private static void create(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("Could not add an index to Camunda's task table ({}); its queries slow as open tasks grow. "
                    + "A database administrator can run: {}", e.getMessage(), sql);
        }
    }
}
