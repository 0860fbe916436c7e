package uk.staffcareers;

/**
 * The signed-in person may not do this (raise a concern about that employee, record another
 * appraiser's review). Answered with 403 and the plain reason, which never names someone of another
 * school; nothing is changed.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
