package uk.staffcareers.platform;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda's grants to whoever is given a task, without asking the database for a grant a new task cannot have. On each
 * assignment Camunda looks for the person's existing grants on the task (for the task and for its history) to extend
 * them; for a task created in the same command there are none, as its id is new, and Camunda's own look-up sees only
 * what is already in the database. Two queries saved per task created: every launched case and most completions make
 * one (issue 19). A task that already existed is looked up as before.
 */
class NewTaskGrants extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId, Resource resource) {
        return createdInThisCommand(taskId) ? null : super.getGrantAuthorization(taskId, userId, groupId, resource);
    }

    private static boolean createdInThisCommand(String taskId) {
        CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                .getCachedEntity(TaskEntity.class, taskId);
        return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
    }
}
