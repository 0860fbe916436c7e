package uk.staffcareers.appraisal;

import java.util.List;
import java.util.Objects;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Whom a headteacher may make an employee's appraiser: someone else, of the same school or the trust's
 * central team. The same rule when the appraiser is first chosen and when another is appointed later.
 */
final class AppraiserChoice {

    private AppraiserChoice() {
    }

    /** The chosen appraiser, or a refusal naming what is wrong. */
    static StaffMember eligible(StaffDirectory directory, StaffMember staff, String appraiserStaffId) {
        if (appraiserStaffId == null || appraiserStaffId.isBlank()) {
            throw new InvalidInputException("Give the appraiser's staff number");
        }
        StaffMember appraiser = directory.get(appraiserStaffId.strip());
        if (!mayAppraise(appraiser, staff)) {
            // Said without the person's name: another school's staff are not this headteacher's to know.
            throw new InvalidInputException("No one with the staff number '" + appraiserStaffId.strip() + "' works at "
                    + directory.schoolNameOf(staff) + " or in the trust's central team");
        }
        if (appraiser.id().equals(staff.id())) {
            throw new InvalidInputException(staff.fullName() + " cannot appraise themselves");
        }
        return appraiser;
    }

    /** Whom the choose-the-appraiser form offers: the school's staff and the central team, the employee apart. */
    static List<StaffMember> candidates(StaffDirectory directory, StaffMember staff) {
        return directory.schoolAndCentralTeam(staff.schoolId(), staff.trustId()).stream().filter(s -> isCandidate(s, staff)).toList();
    }

    /** Whether the choose-the-appraiser form offers this person for the employee. */
    static boolean isCandidate(StaffMember appraiser, StaffMember staff) {
        return !appraiser.id().equals(staff.id()) && mayAppraise(appraiser, staff);
    }

    /** Someone of the employee's school, or the trust's central team. */
    static boolean mayAppraise(StaffMember appraiser, StaffMember staff) {
        return appraiser.role().centralTeam() && Objects.equals(appraiser.trustId(), staff.trustId())
                || appraiser.schoolId() != null && Objects.equals(appraiser.schoolId(), staff.schoolId());
    }
}
