package uk.staffcareers;

/** A request about a case that does not exist (404) or is not at a step where it applies (409). */
public class CaseStateException extends RuntimeException {

    private final boolean unknown;

    private CaseStateException(String message, boolean unknown) {
        super(message);
        this.unknown = unknown;
    }

    public static CaseStateException unknown(String message) {
        return new CaseStateException(message, true);
    }

    public static CaseStateException notNow(String message) {
        return new CaseStateException(message, false);
    }

    public boolean unknown() {
        return unknown;
    }
}
