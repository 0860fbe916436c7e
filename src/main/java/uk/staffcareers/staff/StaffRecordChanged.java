package uk.staffcareers.staff;

import java.util.List;

/**
 * Published by {@link StaffDirectory} after it changed people's records, synchronously and in the same transaction:
 * what changed and whose records. {@link IdentitySync} keeps their Camunda accounts in step where the change touches an
 * account (a role, a school, a leaver); a change only the application reads (a confirmed record, a qualification) leaves
 * the accounts as they are.
 */
public record StaffRecordChanged(Change change, List<StaffMember> staff) {

    public enum Change {
        /** Records written as given (the demo trust at start-up, which syncs every account afterwards). */
        LOADED,
        /** The member of staff confirmed their record is right (Confirm staff details). */
        DETAILS_CONFIRMED,
        /** HLTA status awarded (the HLTA journey's outcome). */
        HLTA_AWARDED,
        /** A new role, career stage and level (HR confirmed the move into the HLTA role). */
        ROLE_CHANGED,
        /** A qualification gained (a development plan's evaluation). */
        QUALIFICATION_ADDED,
        /** An early career teacher's induction, or someone's share of full time. */
        WORKING_PATTERN_CHANGED,
        /** Records brought in from the MIS files or changed on the directory page: their accounts, groups and tenants. */
        BROUGHT_IN,
        /** The person has left (the leavers' sweep): their account is closed. */
        LEFT
    }
}
