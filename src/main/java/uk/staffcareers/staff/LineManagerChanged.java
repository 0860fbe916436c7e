package uk.staffcareers.staff;

/**
 * A member of staff has another line manager (a staff number; null: none). Published by the directory's writes after the
 * records are written, in the same transaction and after any StaffMoved of the same write: the headteacher is asked whether
 * the new line manager should take over the appraisal. changedBy is who changed the directory.
 */
public record LineManagerChanged(StaffMember staff, String fromLineManagerId, String toLineManagerId, String changedBy) {
}
