package uk.staffcareers.staff;

/** A school of the trust; its id is also its Camunda tenant id. */
public record School(String id, String trustId, String name) {
}
