package uk.staffcareers.staff;

/**
 * A member of staff now works at another school (or moved between a school and the trust's central team: a null school).
 * Published by the directory's writes (one person's edit or a CSV import) after the records and accounts are written, in
 * the same transaction: the cases about the person continue under the new school, the tasks they held in the old school's
 * cases go to its headteacher. movedBy is who changed the directory.
 */
public record StaffMoved(StaffMember staff, String fromSchoolId, String toSchoolId, String movedBy) {
}
