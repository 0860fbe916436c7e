package uk.staffcareers.directory;

import org.springframework.stereotype.Component;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Who the signed-in user may bring records in for: the central team (CEO, HR) the whole trust, a headteacher their
 * own school, the administrator (setting up an installation whose directory is still empty) everything; nobody else.
 */
@Component
class Importers {

    private final CurrentUser currentUser;
    private final StaffDirectory directory;

    Importers(CurrentUser currentUser, StaffDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** For a file: the central team, a headteacher for their own school, the administrator. */
    Importer forFiles() {
        String username = currentUser.username();
        StaffMember staff = directory.findByUsername(username).orElse(null);
        if (staff != null && staff.role().centralTeam()) {
            return new Importer(username, staff.trustId(), null);
        }
        if (staff != null && staff.role() == Role.HEADTEACHER && staff.schoolId() != null) {
            return new Importer(username, staff.trustId(), staff.schoolId());
        }
        if (staff == null && currentUser.isAdministrator()) {
            return new Importer(username, null, null);
        }
        throw new NotAllowedException("Only the trust's central team (CEO, HR) and headteachers, for their own school, bring in staff records");
    }

    /** For one person's record without a file: the central team and the administrator. */
    Importer forSingleChanges() {
        Importer importer = forFiles();
        if (!importer.wholeTrust()) {
            throw new NotAllowedException("Only the trust's central team (CEO, HR) adds, changes or ends one person's record; "
                    + "a headteacher uploads the school's staff file");
        }
        return importer;
    }
}
