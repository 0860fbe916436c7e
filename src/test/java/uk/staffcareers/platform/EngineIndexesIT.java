package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.staffcareers.IntegrationTest;

/**
 * On H2 and on PostgreSQL, the engine's task table has the indexes every task completion and the overdue tasks need; on
 * H2, the key of group grants leads with the group.
 */
class EngineIndexesIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void theTaskTableIsIndexedByParentTaskAndDueDate() throws SQLException {
        assertThat(indexesOfTaskTable()).contains(EngineIndexes.TASK_PARENT, EngineIndexes.TASK_DUE);
    }

    @Test
    void addingItAgainAtTheNextStartChangesNothing() throws SQLException {
        EngineIndexes.ensure(dataSource, "", onH2() ? "h2" : "postgres");
        assertThat(indexesOfTaskTable()).containsOnlyOnce(EngineIndexes.TASK_PARENT, EngineIndexes.TASK_DUE);
        assertThat(EngineIndexes.groupLeadsGroupGrantsKey(dataSource)).isEqualTo(onH2());
    }

    @Test
    void onH2TheKeyOfGroupGrantsLeadsWithTheGroupAndStillRefusesASecondGrant() throws SQLException {
        assumeTrue(onH2(), "H2 only: PostgreSQL uses Camunda's key in full");
        assertThat(EngineIndexes.groupLeadsGroupGrantsKey(dataSource)).isTrue();
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("engine-indexes-it");
        grant.setResource(Resources.FILTER);
        grant.setResourceId("engine-indexes-it");
        grant.addPermission(Permissions.READ);
        String id = authorizations.saveAuthorization(grant).getId();
        try {
            Authorization twin = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            twin.setGroupId("engine-indexes-it");
            twin.setResource(Resources.FILTER);
            twin.setResourceId("engine-indexes-it");
            twin.addPermission(Permissions.UPDATE);
            assertThatThrownBy(() -> authorizations.saveAuthorization(twin)).isInstanceOf(ProcessEngineException.class);
        } finally {
            authorizations.deleteAuthorization(id);
        }
    }

    private boolean onH2() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().startsWith("H2");
        }
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
