package uk.staffcareers.subjectaccess;

import org.springframework.stereotype.Component;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.UnknownStaffMemberException;
import uk.staffcareers.platform.CaseHistories;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Who may export what the application holds about a person: the trust is the controller under the UK GDPR, so its
 * central team (CEO, HR), for the staff of their own trust, and the administrator; not a headteacher, not the person
 * themselves (they ask the trust, which answers). Who may not is refused before anything says whether the person exists.
 */
@Component
class SubjectAccessRequests {

    private final CurrentUser currentUser;
    private final StaffDirectory directory;
    private final CaseHistories histories;

    SubjectAccessRequests(CurrentUser currentUser, StaffDirectory directory, CaseHistories histories) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.histories = histories;
    }

    SubjectAccessRequest require(String staffNumber) {
        String username = currentUser.username();
        StaffMember requester = directory.findByUsername(username).orElse(null);
        boolean centralTeam = requester != null && requester.role().centralTeam();
        if (!centralTeam && !currentUser.isAdministrator()) {
            throw new NotAllowedException("Only the trust's central team (CEO, HR) and the administrator export what the "
                    + "application holds about a person: the trust answers subject access requests, not a school; "
                    + "ask your HR team");
        }
        StaffMember subject = directory.find(staffNumber)
                .filter(s -> !centralTeam || s.trustId().equals(requester.trustId()))
                .orElseThrow(() -> new UnknownStaffMemberException(staffNumber));
        String name = requester != null ? requester.fullName() : histories.accountName(username);
        return new SubjectAccessRequest(username, name, subject);
    }
}
