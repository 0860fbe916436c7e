package uk.staffcareers.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Who may read whose staff record: their own; the headteacher and school business manager of the
 * same school; the trust's central team (CEO, HR) any. Anyone else gets nothing, not even a refusal
 * that would confirm the person exists.
 */
@Service
public class StaffAccess {

    private final StaffDirectory directory;

    StaffAccess(StaffDirectory directory) {
        this.directory = directory;
    }

    public Optional<StaffMember> readableBy(String viewerUsername, String staffId) {
        Optional<StaffMember> viewer = directory.findByUsername(viewerUsername);
        return directory.find(staffId).filter(staff -> viewer.map(v -> mayRead(v, staff)).orElse(false));
    }

    public List<StaffMember> allReadableBy(String viewerUsername) {
        return directory.findByUsername(viewerUsername)
                .map(viewer -> directory.all().stream().filter(staff -> mayRead(viewer, staff)).toList())
                .orElse(List.of());
    }

    static boolean mayRead(StaffMember viewer, StaffMember staff) {
        if (viewer.id().equals(staff.id()) || viewer.role().centralTeam()) {
            return true;
        }
        boolean schoolLeader = viewer.role() == Role.HEADTEACHER || viewer.role() == Role.SCHOOL_BUSINESS_MANAGER;
        return schoolLeader && viewer.schoolId() != null && viewer.schoolId().equals(staff.schoolId());
    }
}
