package uk.staffcareers.onboarding;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.ProcessStarters;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffGroups;

/** Confirm staff details is started by a headteacher, a school business manager or the central team, for staff of their own school(s). */
@Component
class StaffDetailsStarters implements ProcessStarters {

    @Override
    public Map<String, List<String>> starters() {
        return Map.of(ConfirmStaffDetailsProcess.KEY, List.of(Role.HEADTEACHER.groupId(), Role.SCHOOL_BUSINESS_MANAGER.groupId(),
                StaffGroups.TRUST_CENTRAL));
    }
}
