package uk.staffcareers.staff;

import uk.staffcareers.platform.AccessGroups;

/** Camunda groups that are not a single role; those the platform grants on are its AccessGroups. */
public final class StaffGroups {

    /** Every employee of the trust or its schools. */
    public static final String STAFF = AccessGroups.STAFF;

    /** The trust's central team (CEO and HR), who see every school. */
    public static final String TRUST_CENTRAL = AccessGroups.TRUST_CENTRAL;

    /** Regional providers of HLTA assessment: accounts outside the directory that report registrations, visits and outcomes. */
    public static final String HLTA_PROVIDERS = "hlta-providers";

    /** The trust's analysts, who change the diagrams, forms and decision tables, deploy them and move running cases to them. */
    public static final String ANALYSTS = AccessGroups.ANALYSTS;

    private StaffGroups() {
    }
}
