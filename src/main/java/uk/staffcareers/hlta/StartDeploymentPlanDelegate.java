package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.development.DevelopmentPlanProcess;
import uk.staffcareers.development.Trigger;

/** Task_StartDeploymentPlan: after the award, a development plan for the new HLTA's role (message DevelopmentRequested). */
@Component
class StartDeploymentPlanDelegate implements JavaDelegate {

    private final HltaAward award;

    StartDeploymentPlanDelegate(HltaAward award) {
        this.award = award;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String need = award.developmentNeed(true, List.of());
        DevelopmentPlanProcess.request(ex, STAFF_ID.get(ex), Trigger.HLTA_OUTCOME, need, HEADTEACHER.get(ex));
    }
}
