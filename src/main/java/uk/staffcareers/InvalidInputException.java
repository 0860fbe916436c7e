package uk.staffcareers;

/** Input that a user must correct: a missing or wrong field, a date outside its window. Answered with 400. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
