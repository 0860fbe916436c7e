package uk.staffcareers.platform;

import java.util.List;

/**
 * The Camunda groups the platform's own rules grant on (AccessRules, statistics, model changes). The directory puts
 * people in them (staff's StaffGroups and Role use these names), so the platform knows the groups, not the directory.
 */
public final class AccessGroups {

    /** Every employee of the trust or its schools. */
    public static final String STAFF = "staff";

    /** The trust's central team (CEO and HR), who see every school. */
    public static final String TRUST_CENTRAL = "trust-central";

    /** A school's headteachers, who oversee its cases. */
    public static final String HEADTEACHERS = "headteachers";

    /** The trustees, who use Tasklist for the cases they are part of (an appeal). */
    public static final String TRUSTEES = "trustees";

    /** Advisers from outside the trust, who use Tasklist for the cases they advise on. */
    public static final String EXTERNAL_ADVISERS = "external-advisers";

    /** The trust's analysts, who change the diagrams, forms and decision tables, deploy them and move running cases to them. */
    public static final String ANALYSTS = "analysts";

    /** Who may use Tasklist: their own tasks and cases. */
    static final List<String> EVERYONE = List.of(STAFF, TRUSTEES, EXTERNAL_ADVISERS);

    /** Who read every case and task of the schools they see, in Tasklist and Cockpit. */
    static final List<String> OVERSEERS = List.of(HEADTEACHERS, TRUST_CENTRAL);

    private AccessGroups() {
    }
}
