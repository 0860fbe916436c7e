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
 *   <li>On H2 only, the engine's unique key of group grants leads with the group instead of the grant's type. Camunda
 *   asks whether any of a user's groups has a grant ({@code GROUP_ID_ IN (…)}), and H2 uses a list of values only on
 *   an index's first column: led by the type, every check read every grant of the table (121 ms each at the
 *   benchmark's 200,000 grants, a third of a second in each "My tasks" request; 9 rows with the group first). The
 *   key stays the same set of columns under the same name, so it refuses exactly what it refused before.</li>
 * </ul>
 */
final class EngineIndexes {

    static final String TASK_PARENT = "STAFFCAREERS_IDX_TASK_PARENT";
    static final String TASK_DUE = "STAFFCAREERS_IDX_TASK_DUE";
    /** H2's key of group grants, Camunda's name and columns with the group first. */
    private static final String GROUP_GRANTS_KEY = "ACT_UNIQ_AUTH_GROUP";
    private static final String GROUP_GRANTS_COLUMNS = "GROUP_ID_, TYPE_, RESOURCE_TYPE_, RESOURCE_ID_";

    /** Index name → its table and columns. */
    private static final Map<String, String> INDEXES = Map.of(
            TASK_PARENT, "ACT_RU_TASK (PARENT_TASK_ID_)",
            TASK_DUE, "ACT_RU_TASK (DUE_DATE_)");

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    private EngineIndexes() {
    }

    static void ensure(DataSource dataSource, String tablePrefix, String databaseType) {
        INDEXES.forEach((name, columns) -> run(dataSource, "create index if not exists " + name + " on " + tablePrefix + columns));
        if ("h2".equals(databaseType) && !groupLeadsGroupGrantsKey(dataSource)) {
            String table = tablePrefix + "ACT_RU_AUTHORIZATION";
            run(dataSource, "alter table " + table + " drop constraint " + GROUP_GRANTS_KEY,
                    "alter table " + table + " add constraint " + GROUP_GRANTS_KEY + " unique (" + GROUP_GRANTS_COLUMNS + ")");
        }
    }

    /** Whether H2's key of group grants has the group as its first column already (from an earlier start). */
    static boolean groupLeadsGroupGrantsKey(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var first = statement.executeQuery("select column_name from information_schema.key_column_usage where constraint_name = '"
                        + GROUP_GRANTS_KEY + "' and ordinal_position = 1")) {
            return first.next() && "GROUP_ID_".equals(first.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /** The statements in turn (H2 commits each change of schema on its own). */
    private static void run(DataSource dataSource, String... sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("Could not add an index to Camunda's tables ({}); its queries slow as cases grow. "
                    + "A database administrator can run: {}", e.getMessage(), String.join("; ", sql));
        }
    }
}
