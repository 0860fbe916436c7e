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
 * Starts a development plan from the candidacy (development-plan.bpmn, message DevelopmentRequested):
 * after a "not yet" at the readiness discussion, and after the outcome (the new HLTA's CPD, or the
 * standards not met).
 */
@Component
class StartDevelopmentPlanDelegate implements JavaDelegate {

    private final Candidacies candidacies;
    private final HltaAward award;
    private final Assessments assessments;

    StartDevelopmentPlanDelegate(Candidacies candidacies, HltaAward award, Assessments assessments) {
        this.candidacies = candidacies;
        this.award = award;
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean afterOutcome = ex.hasVariable(ALL_STANDARDS_MET);
        String need = afterOutcome
                ? award.developmentNeed(flag(ex, ALL_STANDARDS_MET), assessments.standardsNotMet(candidacyId(ex)))
                : candidacies.readinessNeed(candidacyId(ex));
        DevelopmentPlanProcess.request(ex, text(ex, STAFF_ID), afterOutcome ? Trigger.HLTA_OUTCOME : Trigger.HLTA_READINESS, need,
                text(ex, HEADTEACHER));
    }
}
