package uk.staffcareers.staff;

/** A staff id or username that the directory does not hold. */
public class UnknownStaffMemberException extends RuntimeException {

    public UnknownStaffMemberException(String idOrUsername) {
        super("No member of staff '" + idOrUsername + "' in the staff directory");
    }
}
