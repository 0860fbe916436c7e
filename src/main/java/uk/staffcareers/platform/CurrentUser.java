package uk.staffcareers.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the current REST request is authenticated as. */
@Component
public class CurrentUser {

    private final IdentityService identity;

    CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public String username() {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No authenticated user");
        }
        return authentication.getUserId();
    }

    /** The signed-in user is an administrator (Camunda's camunda-admin group): who sets up an installation. */
    public boolean isAdministrator() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null && authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }
}
