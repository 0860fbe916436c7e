package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordAssessment: each objective met, partly met or not; what the pay table reads. */
@Component
class RecordAssessmentDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;

    RecordAssessmentDelegate(AnnualAssessment annual) {
        this.annual = annual;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Map<Integer, String> outcomes = new HashMap<>();
        Map<Integer, String> comments = new HashMap<>();
        for (int slot = 1; slot <= TrustPolicy.OBJECTIVE_SLOTS; slot++) {
            outcomes.put(slot, outcome(slot).get(ex));
            comments.put(slot, outcomeComment(slot).get(ex));
        }
        var assessed = annual.assess(appraisalId(ex), outcomes, comments, APPRAISER_EVIDENCE.get(ex), STANDARDS_ASSESSMENT.get(ex),
                CPD_NEEDS.get(ex), RECOMMENDED_ACTION.get(ex), Actor.of(ex).name());
        OBJECTIVES_NOT_MET.set(ex, assessed.notMet());
        OBJECTIVES_PARTLY_MET.set(ex, assessed.partlyMet());
        UNDER_CAPABILITY.set(ex, assessed.underCapability());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVES_NOT_MET, OBJECTIVES_PARTLY_MET, UNDER_CAPABILITY);
    }
}
