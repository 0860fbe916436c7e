package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.staffcareers.IntegrationTest;

/** On H2 and on PostgreSQL, the engine's task table has the indexes every task completion and the overdue tasks need. */
class EngineIndexesIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTaskTableIsIndexedByParentTaskAndDueDate() throws SQLException {
        assertThat(indexesOfTaskTable()).contains(EngineIndexes.TASK_PARENT, EngineIndexes.TASK_DUE);
    }

    @Test
    void addingItAgainAtTheNextStartChangesNothing() throws SQLException {
        EngineIndexes.ensure(dataSource, "");
        assertThat(indexesOfTaskTable()).containsOnlyOnce(EngineIndexes.TASK_PARENT, EngineIndexes.TASK_DUE);
    }

    private List<String> indexesOfTaskTable() throws SQLException {
        List<String> names = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
            for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
                try (var indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        names.add(indexes.getString("INDEX_NAME").toUpperCase());
                    }
                }
            }
        }
        return names;
    }
}
