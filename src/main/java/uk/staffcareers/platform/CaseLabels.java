package uk.staffcareers.platform;

/**
 * The variables every case sets so that a list of tasks says whom each one is about: Tasklist's shared
 * filters show them as columns (AccessRules), and forms greet people by name with them.
 */
public final class CaseLabels {

    /** The full name of the person the case is about. */
    public static final ProcessVariable<String> STAFF_NAME = ProcessVariable.text("staffName");
    /** Their school's name, or the trust's central team. */
    public static final ProcessVariable<String> SCHOOL_NAME = ProcessVariable.text("schoolName");

    private CaseLabels() {
    }
}
