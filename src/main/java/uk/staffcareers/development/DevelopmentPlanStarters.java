package uk.staffcareers.development;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.ProcessStarters;
import uk.staffcareers.staff.StaffGroups;

/** Anyone on the staff may start a development plan; the plan itself checks they may raise it for that person. */
@Component
class DevelopmentPlanStarters implements ProcessStarters {

    @Override
    public Map<String, List<String>> starters() {
        return Map.of(DevelopmentPlanProcess.KEY, List.of(StaffGroups.STAFF));
    }
}
