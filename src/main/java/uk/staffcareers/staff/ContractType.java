package uk.staffcareers.staff;

/** How someone is engaged; trustees and external advisers use the system but are not employees. */
public enum ContractType {
    PERMANENT, FIXED_TERM, NOT_EMPLOYED
}
