package uk.staffcareers.leavers;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.LeaverSweep;
import uk.staffcareers.staff.StaffDirectory;

/**
 * POST /api/directory/leavers/run: the morning's leavers' sweep at once (the central team or the administrator), e.g.
 * after an import that ended someone's employment yesterday. Answers the staff numbers dealt with.
 */
@RestController
class LeaversController {

    record Swept(List<String> leavers) {
    }

    private final LeaverSweep sweep;
    private final CurrentUser user;
    private final StaffDirectory directory;

    LeaversController(LeaverSweep sweep, CurrentUser user, StaffDirectory directory) {
        this.sweep = sweep;
        this.user = user;
        this.directory = directory;
    }

    @PostMapping("/api/directory/leavers/run")
    Swept run() {
        if (!directory.isCentralTeam(user.username()) && !user.isAdministrator()) {
            throw new NotAllowedException("Only the trust's central team (CEO, HR) deals with leavers");
        }
        return new Swept(sweep.run());
    }
}
