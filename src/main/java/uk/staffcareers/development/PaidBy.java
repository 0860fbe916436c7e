package uk.staffcareers.development;

/** Who meets the costs of a development, as agreed in step 4. */
public enum PaidBy {
    SCHOOL, TRUST, STAFF_MEMBER, SHARED, EXTERNAL_FUNDING
}
