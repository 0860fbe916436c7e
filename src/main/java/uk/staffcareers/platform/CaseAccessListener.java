package uk.staffcareers.platform;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * At the start of every case, lets the member of staff it is about read that case (and its history)
 * and nothing else; their own tasks they may read through Camunda's assignee permissions.
 */
@Component
public class CaseAccessListener implements ExecutionListener {

    private final StaffLookup directory;

    CaseAccessListener(StaffLookup directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object staffId = CaseVariables.STAFF_ID.get(execution);
        if (staffId == null || execution.getParentId() != null) {
            return;
        }
        directory.find(staffId.toString()).ifPresent(staff -> grantRead(execution, staff.username()));
    }

    /** Lets one more person read this case and its history, e.g. whoever raised a confidential concern. */
    public static void grantRead(DelegateExecution execution, String username) {
        AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
        CommandContext context = Context.getCommandContext();
        // The application's own grant, not a user's act: written to the operation log it would have no
        // school, and would tell every headteacher who may read which case.
        boolean logging = context.isUserOperationLogEnabled();
        context.disableUserOperationLog();
        try {
            context.runWithoutAuthorization(() -> {
                grant(authorizations, username, Resources.PROCESS_INSTANCE, execution.getProcessInstanceId(),
                        ProcessInstancePermissions.READ);
                grant(authorizations, username, Resources.HISTORIC_PROCESS_INSTANCE, execution.getProcessInstanceId(),
                        HistoricProcessInstancePermissions.READ);
                return null;
            });
        } finally {
            if (logging) {
                context.enableUserOperationLog();
            }
        }
    }

    private static void grant(AuthorizationService service, String userId, Resource resource, String id, Permission permission) {
        var authorization = service.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        authorization.setResource(resource);
        authorization.setResourceId(id);
        authorization.addPermission(permission);
        service.saveAuthorization(authorization);
    }
}
