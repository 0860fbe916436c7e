package uk.staffcareers.capability;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.ProcessStarters;
import uk.staffcareers.staff.StaffGroups;

/** Line managers and appraisers are staff of any role, so any staff may raise a concern; the concern checks about whom. */
@Component
class ConcernStarters implements ProcessStarters {

    @Override
    public Map<String, List<String>> starters() {
        return Map.of(PerformanceConcernProcess.KEY, List.of(StaffGroups.STAFF));
    }
}
