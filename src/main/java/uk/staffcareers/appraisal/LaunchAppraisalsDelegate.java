package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.LaunchVars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/**
 * Task_LaunchAppraisals (appraisal-launch): plans the launch and starts its cases, at once or in the background, and
 * tells the launcher where it stands (the background run tells them again when it has finished).
 */
@Component
class LaunchAppraisalsDelegate implements JavaDelegate, SetsVariables {

    private final AppraisalLaunch launch;
    private final Notifications notifications;

    LaunchAppraisalsDelegate(AppraisalLaunch launch, Notifications notifications) {
        this.launch = launch;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String launcher = Actor.of(ex).name();
        AppraisalLaunch.Scope scope;
        try {
            scope = AppraisalLaunch.Scope.valueOf(String.valueOf(SCOPE.get(ex)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Say for whom: one member of staff (STAFF), a school (SCHOOL) or the trust (TRUST)");
        }
        var progress = launch.launch(scope, TARGET.get(ex), PERIOD.get(ex), launcher);
        ex.setProcessBusinessKey(AppraisalCycleProcess.launchBusinessKey(progress.period(), scope, TARGET.get(ex)));
        LAUNCH_ID.set(ex, progress.id());
        SUMMARY.set(ex, progress.text());
        boolean finished = "FINISHED".equals(progress.status());
        notifications.sendSummary(launcher, "Appraisal year " + progress.period() + (finished ? " launched" : " launch under way"),
                finished ? progress.text() : progress.text() + " The cases are starting now; follow them under Launches, "
                        + "at the top of Tasklist, and you will be told here when all have started.", ex.getProcessBusinessKey());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(SUMMARY, LAUNCH_ID);
    }
}
