package uk.staffcareers.appraisal;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.platform.CurrentUser;

/**
 * Launches the appraisal year from the API and follows it: POST answers at once with the launch's progress (200 when
 * it has finished, 202 with its address while its cases start in the background); GET reads one launch or the
 * signed-in person's recent launches (the central team sees the trust's).
 */
@RestController
@RequestMapping("/api/appraisals")
class LaunchController {

    record LaunchRequest(AppraisalLaunch.Scope scope, String target, String period) {
    }

    private final AppraisalLaunch launch;
    private final LaunchProgressReader progress;
    private final CurrentUser user;

    LaunchController(AppraisalLaunch launch, LaunchProgressReader progress, CurrentUser user) {
        this.launch = launch;
        this.progress = progress;
        this.user = user;
    }

    @PostMapping("/launch")
    ResponseEntity<LaunchProgress> launch(@RequestBody LaunchRequest request) {
        LaunchProgress started = launch.launch(request.scope(), request.target(), request.period(), user.username());
        return "FINISHED".equals(started.status()) ? ResponseEntity.ok(started)
                : ResponseEntity.accepted().location(URI.create("/api/appraisals/launches/" + started.id())).body(started);
    }

    @GetMapping("/launches/{id}")
    LaunchProgress launch(@PathVariable String id) {
        return progress.one(id, user.username());
    }

    @GetMapping("/launches")
    List<LaunchProgress> launches() {
        return progress.recent(user.username());
    }
}
