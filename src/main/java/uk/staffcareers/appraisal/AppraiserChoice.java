package uk.staffcareers.appraisal;

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
        if (appraiser.id().equals(staff.id())) {
            throw new InvalidInputException(staff.fullName() + " cannot appraise themselves");
        }
        if (!appraiser.role().centralTeam() && !Objects.equals(appraiser.schoolId(), staff.schoolId())) {
            throw new InvalidInputException("The appraiser must work at " + staff.fullName() + "'s school or in the trust's central team");
        }
        return appraiser;
    }
}
