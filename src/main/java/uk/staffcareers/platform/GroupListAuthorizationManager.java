package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization checks, without the look-up of every group named in ACT_RU_AUTHORIZATION
 * that Camunda makes in each authenticated command only to shorten the user's list of groups
 * ({@code SELECT DISTINCT GROUP_ID_}: a scan of the whole table, camunda-bpm-platform#5485). The
 * table grows with every case (its grants and its tasks' history grants), and the scan was the most
 * frequent statement of the benchmark on PostgreSQL. A member of staff here belongs to a handful of
 * groups, so their list goes to the checks as it is; a group with no authorization matches nothing,
 * so every check answers as before. Longer lists (not made by this application) are still shortened.
 */
class GroupListAuthorizationManager extends AuthorizationManager {

    static final int LONGEST_LIST_PASSED_AS_IS = 20;

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
        if (groupIds == null || groupIds.isEmpty() || groupIds.size() > LONGEST_LIST_PASSED_AS_IS) {
            return super.filterAuthenticatedGroupIds(groupIds);
        }
        return new ArrayList<>(groupIds);
    }

    /** Puts this manager where the engine looks for its authorization manager. */
    static class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new GroupListAuthorizationManager();
        }
    }
}
