package uk.staffcareers.appraisal;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

/**
 * Task_LaunchAppraisals (appraisal-launch): plans the launch and starts its cases, at once or in the background, and
 * tells the launcher where it stands (the background run tells them again when it has finished).
 */
@Component
class LaunchAppraisalsDelegate implements JavaDelegate, SetsVariables {

    static final String SCOPE = "launchScope";
    static final String TARGET = "launchTarget";
    static final String PERIOD = "periodLabel";
    static final String SUMMARY = "launchSummary";
    static final String LAUNCH_ID = "launchId";

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
            scope = AppraisalLaunch.Scope.valueOf(String.valueOf(ex.getVariable(SCOPE)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Say for whom: one member of staff (STAFF), a school (SCHOOL) or the trust (TRUST)");
        }
        var progress = launch.launch(scope, AppraisalCycleProcess.text(ex, TARGET), AppraisalCycleProcess.text(ex, PERIOD), launcher);
        ex.setProcessBusinessKey(AppraisalCycleProcess.launchBusinessKey(progress.period(), scope, ex.getVariable(TARGET)));
        ex.setVariable(LAUNCH_ID, progress.id());
        ex.setVariable(SUMMARY, progress.text());
        boolean finished = "FINISHED".equals(progress.status());
        notifications.sendSummary(launcher, "Appraisal year " + progress.period() + (finished ? " launched" : " launch under way"),
                finished ? progress.text() : progress.text() + " The cases are starting now; follow them under Launches, "
                        + "at the top of Tasklist, and you will be told here when all have started.", ex.getProcessBusinessKey());
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(SUMMARY, LAUNCH_ID);
    }
}
