package uk.staffcareers.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine work the application has already authorised by its own rules (who may launch for whom, who
 * may report on a candidacy), done without the caller's Camunda authorization checks; the caller's
 * authentication is back in place afterwards, whatever happens.
 */
public final class AsApplication {

    private AsApplication() {
    }

    public static <T> T run(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
