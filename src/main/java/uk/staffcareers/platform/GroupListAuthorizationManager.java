package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
 * <p>
 * Also keeps the operation log within a user's schools: see {@link #configureUserOperationLogQuery}.
 */
class GroupListAuthorizationManager extends AuthorizationManager {

    static final int LONGEST_LIST_PASSED_AS_IS = 20;
    /** No tenant has an empty id (the resource whitelist pattern needs one character at least). */
    private static final String NO_SCHOOL = "";

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
        if (groupIds == null || groupIds.isEmpty() || groupIds.size() > LONGEST_LIST_PASSED_AS_IS) {
            return shortenedByCamunda(groupIds);
        }
        return new ArrayList<>(groupIds);
    }

    /** Camunda's own look-up, which needs the engine's command context (its database session). */
    List<String> shortenedByCamunda(List<String> groupIds) {
        return super.filterAuthenticatedGroupIds(groupIds);
    }

    /**
     * Camunda shows an operation-log entry that has no school (tenant) to anyone who may read the
     * history of every process, which the headteachers may; so a user other than an administrator
     * sees only the entries of their own schools, or none. A school filter they give is replaced by
     * all of their schools: no wider, and the same for anyone in one school.
     */
    @Override
    public void configureUserOperationLogQuery(UserOperationLogQueryImpl query) {
        super.configureUserOperationLogQuery(query);
        Authentication user = Context.getCommandContext().getAuthentication();
        if (user == null || !isAuthorizationEnabled() || isCamundaAdmin(user)) {
            return;
        }
        List<String> schools = user.getTenantIds() == null ? List.of() : user.getTenantIds();
        query.tenantIdIn(schools.isEmpty() ? new String[] {NO_SCHOOL} : schools.toArray(String[]::new));
    }

    /**
     * Whether the signed-in user may read every item of a kind (every case, every task) of their schools, so that the
     * check item by item could take none away: a grant on all of them ({@code *}) and no revoke for the user or their
     * groups anywhere (the engine's own test of whether revokes must be checked). True as well when the engine checks
     * nothing: nobody signed in (the application), an administrator, or authorization off.
     */
    boolean readsEvery(Resource resource, Permission permission) {
        Authentication user = Context.getCommandContext().getAuthentication();
        if (user == null || !isAuthorizationEnabled() || isCamundaAdmin(user)) {
            return true;
        }
        List<String> groups = filterAuthenticatedGroupIds(user.getGroupIds());
        return !isRevokeAuthCheckEnabled(user.getUserId(), groups)
                && isAuthorized(user.getUserId(), groups, permission, resource, Authorization.ANY);
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
