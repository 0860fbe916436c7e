package uk.staffcareers;

/** Input that a user must correct: a missing or wrong field, a date outside its window. Answered with 400. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    /** A required text: refused with the message when missing or blank, else returned without surrounding spaces. */
    public static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(message);
        }
        return value.strip();
    }
}
