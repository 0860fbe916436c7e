package uk.staffcareers.subjectaccess;

import uk.staffcareers.staff.StaffMember;

/** An export asked for: who asks (their user name and name) and whom it is about. */
record SubjectAccessRequest(String requester, String requesterName, StaffMember subject) {
}
