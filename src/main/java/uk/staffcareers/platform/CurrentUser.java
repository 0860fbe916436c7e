package uk.staffcareers.platform;

import org.camunda.bpm.engine.IdentityService;
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
}
