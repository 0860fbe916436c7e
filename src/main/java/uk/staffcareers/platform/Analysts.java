package uk.staffcareers.platform;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import uk.staffcareers.NotAllowedException;

/**
 * Who changes the models the engine runs: the trust's analysts (group "analysts") and the administrator. The
 * engine work they ask for is done by the application once this check has passed: they hold no Camunda
 * authorizations of their own, so Camunda's REST API gives them nothing beyond what the endpoints allow.
 */
@Component
public class Analysts {

    private final IdentityService identity;

    Analysts(IdentityService identity) {
        this.identity = identity;
    }

    /** The signed-in analyst or administrator, or a refusal (403) for anyone else. */
    public String require() {
        Authentication caller = identity.getCurrentAuthentication();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (!groups.contains(AccessGroups.ANALYSTS) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
            throw new NotAllowedException("Only the trust's analysts and the administrator deploy models and move running cases");
        }
        return caller.getUserId();
    }
}
