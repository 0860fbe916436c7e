package uk.staffcareers.appraisal;

import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.StaffDirectory;

/**
 * Joiners' appraisals, each morning after the leavers (staffcareers.joiners.cron), or at once for the central team:
 * POST /api/appraisals/joiners answers the staff numbers whose year started (see AppraisalLaunch.startJoiners).
 */
@RestController
class JoinersController {

    record Started(List<String> joiners) {
    }

    private final AppraisalLaunch launch;
    private final CurrentUser user;
    private final StaffDirectory directory;

    JoinersController(AppraisalLaunch launch, CurrentUser user, StaffDirectory directory) {
        this.launch = launch;
        this.user = user;
        this.directory = directory;
    }

    @Scheduled(cron = "${staffcareers.joiners.cron:0 45 5 * * *}", zone = "Europe/London")
    void eachMorning() {
        launch.startJoiners();
    }

    @PostMapping("/api/appraisals/joiners")
    Started run() {
        if (!directory.isCentralTeam(user.username()) && !user.isAdministrator()) {
            throw new NotAllowedException("Only the trust's central team (CEO, HR) starts the joiners' appraisals by hand");
        }
        return new Started(launch.startJoiners());
    }
}
