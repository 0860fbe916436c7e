package uk.staffcareers.retention;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/**
 * The retention schedule for the central team and administrators: the trust's settings, the nightly window and the
 * last run (GET), and a run now (POST) for a trust that wants to check. Anyone else is refused.
 */
@RestController
@RequestMapping("/api/retention")
class RetentionController {

    private final Retention retention;
    private final RetentionRuns runs;
    private final PolicySettings policies;
    private final StaffDirectory directory;
    private final CurrentUser currentUser;
    private final String cron;

    RetentionController(Retention retention, RetentionRuns runs, PolicySettings policies, StaffDirectory directory,
            CurrentUser currentUser, @Value("${staffcareers.retention.cron}") String cron) {
        this.retention = retention;
        this.runs = runs;
        this.policies = policies;
        this.directory = directory;
        this.currentUser = currentUser;
        this.cron = cron;
    }

    @GetMapping
    Map<String, Object> schedule(@RequestParam(required = false) String trustId) {
        String trust = trustOf(trustId);
        TrustPolicy p = policies.forTrust(trust);
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("trustId", trust);
        schedule.put("appraisalRetentionYears", p.appraisalRetentionYears());
        schedule.put("concernRetentionYears", p.concernRetentionYears());
        schedule.put("hltaRetentionYears", p.hltaRetentionYears());
        schedule.put("developmentRetentionYears", p.developmentRetentionYears());
        schedule.put("notificationRetentionDays", p.notificationRetentionDays());
        schedule.put("sentMailRetentionDays", p.sentMailRetentionDays());
        schedule.put("nightlyRun", cron + " Europe/London");
        schedule.put("lastRun", runs.last(trust).orElse(null));
        return schedule;
    }

    @PostMapping("/run")
    RetentionRun runNow(@RequestParam(required = false) String trustId) {
        return retention.runNow(trustOf(trustId), currentUser.username());
    }

    /** The central team's own trust; an administrator names one, or has the only one. */
    private String trustOf(String trustId) {
        if (currentUser.isAdministrator()) {
            var trusts = directory.trusts();
            if (trustId == null && trusts.size() == 1) {
                return trusts.get(0).id();
            }
            return trusts.stream().map(Trust::id).filter(id -> id.equals(trustId)).findFirst()
                    .orElseThrow(() -> new NotAllowedException("Name the trust (trustId) whose retention schedule you mean"));
        }
        StaffMember caller = directory.findByUsername(currentUser.username())
                .filter(c -> c.role().centralTeam())
                .orElseThrow(() -> new NotAllowedException("Only the trust's central team sees and runs the retention schedule"));
        if (trustId != null && !trustId.equals(caller.trustId())) {
            throw new NotAllowedException("Only the trust's central team sees and runs the retention schedule");
        }
        return caller.trustId();
    }
}
