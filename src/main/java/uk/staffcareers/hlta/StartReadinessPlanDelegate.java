package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.development.DevelopmentPlanProcess;
import uk.staffcareers.development.Trigger;

/**
 * Task_StartReadinessPlan: after a "not yet" at the readiness discussion, a development plan for what the candidate
 * still needs (development-plan.bpmn, message DevelopmentRequested).
 */
@Component
class StartReadinessPlanDelegate implements JavaDelegate {

    private final Candidacies candidacies;

    StartReadinessPlanDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String need = candidacies.readinessNeed(candidacyId(ex));
        DevelopmentPlanProcess.request(ex, STAFF_ID.get(ex), Trigger.HLTA_READINESS, need, HEADTEACHER.get(ex));
    }
}
