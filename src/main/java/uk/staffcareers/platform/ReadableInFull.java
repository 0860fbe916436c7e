package uk.staffcareers.platform;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which of some schools (tenants) the signed-in user may read every case (or every task) of, decided by the engine's own
 * checks: the engine's tenant check, a grant on all of them and no revoke (see GroupListAuthorizationManager.readsEvery).
 * A list of those can then be read from the engine's tables by school, with an indexed query, instead of through the
 * engine's query that joins the authorization table row by row. Empty when the engine must check item by item: someone
 * whose grants are per case, or a revoke for them somewhere.
 */
@Component
class ReadableInFull {

    private final ProcessEngineConfigurationImpl engine;

    ReadableInFull(ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    Optional<List<String>> schools(List<String> tenantIds, Resource resource, Permission permission) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            if (!(context.getAuthorizationManager() instanceof GroupListAuthorizationManager checks)
                    || !checks.readsEvery(resource, permission)) {
                return Optional.<List<String>>empty();
            }
            if (!context.getTenantManager().isTenantCheckEnabled()) {
                return Optional.of(List.copyOf(tenantIds));
            }
            Authentication user = context.getAuthentication();
            List<String> own = user.getTenantIds() == null ? List.of() : user.getTenantIds();
            return Optional.of(tenantIds.stream().filter(own::contains).toList());
        });
    }

    String tablePrefix() {
        return engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    }
}
