package uk.staffcareers.platform;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Process statistics (how many cases are running, per process and per step) are for those who may
 * read every case they count: Cockpit's users. Camunda counts every running case of the reader's
 * schools, so a teaching assistant would learn how many performance concerns their school has open,
 * and a trustee how many the trust has; anyone else is refused with 403.
 */
@Priority(Priorities.AUTHORIZATION)
class StatisticsForOverseers implements ContainerRequestFilter {

    private static final Pattern STATISTICS = Pattern.compile("(?:^|/)process-definition/(?:.+/)?statistics$");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!STATISTICS.matcher(request.getUriInfo().getPath()).find()) {
            return;
        }
        var user = ProcessEngines.getDefaultProcessEngine().getIdentityService().getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN) || AccessGroups.OVERSEERS.stream().anyMatch(groups::contains)) {
            return;
        }
        request.abortWith(CamundaRestRules.answer(Refusal.logged(new Refusal(403, "NotAllowedException",
                "Process statistics are for headteachers and the trust's central team, who may read every case they count"), null)));
    }
}
