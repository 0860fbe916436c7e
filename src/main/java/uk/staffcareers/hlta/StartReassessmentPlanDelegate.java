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
 * Task_StartReassessmentPlan: after an outcome with standards not met, a development plan for them before the
 * reassessment (development-plan.bpmn, message DevelopmentRequested).
 */
@Component
class StartReassessmentPlanDelegate implements JavaDelegate {

    private final HltaAward award;
    private final Assessments assessments;

    StartReassessmentPlanDelegate(HltaAward award, Assessments assessments) {
        this.award = award;
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String need = award.developmentNeed(false, assessments.standardsNotMet(candidacyId(ex)));
        DevelopmentPlanProcess.request(ex, STAFF_ID.get(ex), Trigger.HLTA_OUTCOME, need, HEADTEACHER.get(ex));
    }
}
