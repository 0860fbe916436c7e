package uk.staffcareers.platform;

/** Why a model file is refused: the file, the element (id, or null for the whole file) and what is wrong. */
public record ModelViolation(String file, String elementId, String message) {

    @Override
    public String toString() {
        return file + (elementId == null ? "" : " [" + elementId + "]") + ": " + message;
    }
}
