package uk.staffcareers.staff;

/** The multi-academy trust that employs the staff of its schools. */
public record Trust(String id, String name) {
}
