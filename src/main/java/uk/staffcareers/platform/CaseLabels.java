package uk.staffcareers.platform;

/**
 * The variables every case sets so that a list of tasks says whom each one is about: Tasklist's shared
 * filters show them as columns (AccessRules), and forms greet people by name with them.
 */
public final class CaseLabels {

    /** The full name of the person the case is about. */
    public static final String STAFF_NAME = "staffName";
    /** Their school's name, or the trust's central team. */
    public static final String SCHOOL_NAME = "schoolName";

    private CaseLabels() {
    }
}
