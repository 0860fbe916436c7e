package uk.staffcareers.appraisal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.ProcessStarters;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffGroups;

/** The appraisal year is launched, and a case started, by a school's headteacher or the central team (AppraisalLaunch checks the scope). */
@Component
class AppraisalStarters implements ProcessStarters {

    @Override
    public Map<String, List<String>> starters() {
        List<String> overseers = List.of(Role.HEADTEACHER.groupId(), StaffGroups.TRUST_CENTRAL);
        return Map.of(AppraisalCycleProcess.LAUNCH_KEY, overseers, AppraisalCycleProcess.KEY, overseers);
    }
}
