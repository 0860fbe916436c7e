package uk.staffcareers.platform;

import java.util.List;
import java.util.Map;

/**
 * The processes that people start themselves, and the groups whose members may: each feature declares its own as a
 * bean, and AccessRules grants them at start-up. Whom a case may be about is the case's own check, not this.
 */
public interface ProcessStarters {

    /** Process key → the groups whose members may start it. */
    Map<String, List<String>> starters();
}
