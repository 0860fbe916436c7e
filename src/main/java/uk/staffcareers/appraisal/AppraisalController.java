package uk.staffcareers.appraisal;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.platform.CurrentUser;

/** Launches the appraisal year from the API: how many cases started, how many existed, who was left out and why. */
@RestController
@RequestMapping("/api/appraisals")
class AppraisalController {

    record LaunchRequest(AppraisalLaunch.Scope scope, String target, String period) {
    }

    private final AppraisalLaunch launch;
    private final CurrentUser user;

    AppraisalController(AppraisalLaunch launch, CurrentUser user) {
        this.launch = launch;
        this.user = user;
    }

    @PostMapping("/launch")
    AppraisalLaunch.Summary launch(@RequestBody LaunchRequest request) {
        return launch.launch(request.scope(), request.target(), request.period(), user.username());
    }
}
