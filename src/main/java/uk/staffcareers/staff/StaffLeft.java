package uk.staffcareers.staff;

import java.time.LocalDate;

/**
 * A member of staff's employment has ended (the staff records' end date has passed). Published by the directory when
 * the leavers' sweep records the leaving, in its transaction, before their account is closed: each process ends the cases about them in its own way, and
 * the tasks they held go to their headteacher.
 */
public record StaffLeft(StaffMember staff, LocalDate lastDay) {
}
