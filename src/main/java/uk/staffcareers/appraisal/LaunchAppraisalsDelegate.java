package uk.staffcareers.appraisal;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

/** Task_LaunchAppraisals (appraisal-launch): starts the cases and tells the launcher what happened. */
@Component
class LaunchAppraisalsDelegate implements JavaDelegate, SetsVariables {

    static final String SCOPE = "launchScope";
    static final String TARGET = "launchTarget";
    static final String PERIOD = "periodLabel";
    static final String SUMMARY = "launchSummary";

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
        var summary = launch.launch(scope, AppraisalCycleProcess.text(ex, TARGET), AppraisalCycleProcess.text(ex, PERIOD), launcher);
        ex.setProcessBusinessKey("LAUNCH-" + summary.period() + "-" + scope + (scope == AppraisalLaunch.Scope.TRUST ? "" : "-" + ex.getVariable(TARGET)));
        ex.setVariable(SUMMARY, summary.text());
        notifications.sendSummary(launcher, "Appraisal year " + summary.period() + " launched", summary.text(), ex.getProcessBusinessKey());
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(SUMMARY);
    }
}
