package uk.staffcareers;

/** A staff id or username that the directory does not hold: 404, beside the other refusals, so the platform answers it without knowing the directory. */
public class UnknownStaffMemberException extends RuntimeException {

    public UnknownStaffMemberException(String idOrUsername) {
        super("No member of staff '" + idOrUsername + "' in the staff directory");
    }
}
