package uk.staffcareers.directory;

import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.StaffMember;

/** A valid line of the staff file: the staff record it says, with its employment details. */
record Incoming(Row row, StaffMember member, EmploymentDetails details) {
}
