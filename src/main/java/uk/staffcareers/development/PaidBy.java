package uk.staffcareers.development;

/** Who pays for a development activity, as the practicalities form offers it. */
public enum PaidBy {
    SCHOOL("the school"), TRUST("the trust"), STAFF_MEMBER("the member of staff"), SHARED("shared"),
    EXTERNAL_FUNDING("external funding");

    private final String words;

    PaidBy(String words) {
        this.words = words;
    }

    /** As the headteacher's approval form says it: "paid by the school". */
    public String words() {
        return words;
    }
}
