package uk.staffcareers.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the user whose request is being processed, else the person the task was assigned to. */
public final class CaseActor {

    private CaseActor() {
    }

    public static String of(DelegateExecution execution, String assigneeVariable) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        Object assignee = assigneeVariable == null ? null : execution.getVariable(assigneeVariable);
        return assignee == null ? "system" : assignee.toString();
    }

    /** The authenticated user, or null when the engine acts on its own (a timer, another process). */
    public static String authenticatedUser(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
