package uk.staffcareers.platform;

/** Variables that every case of this application carries. */
public final class CaseVariables {

    /** The staff number of the member of staff the case is about; it decides the case's school (tenant). */
    public static final String STAFF_ID = "staffId";

    private CaseVariables() {
    }
}
