package uk.staffcareers.hlta;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.staffcareers.platform.ProcessStarters;
import uk.staffcareers.staff.StaffGroups;

/** The candidate, their headteacher or the central team start an HLTA candidacy: any staff, and Candidacies checks for whom. */
@Component
class HltaStarters implements ProcessStarters {

    @Override
    public Map<String, List<String>> starters() {
        return Map.of(HltaJourneyProcess.KEY, List.of(StaffGroups.STAFF));
    }
}
