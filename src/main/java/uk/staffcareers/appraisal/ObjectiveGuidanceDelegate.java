package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/**
 * Task_GatherGuidance: what the objectives should follow (the expectations of the employee's career
 * stage, the teacher objective areas, the school's or trust's plan) and last year's CPD needs, for the
 * appraiser's draft form. Set once the decision table has said which expectations apply.
 */
@Component
class ObjectiveGuidanceDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    ObjectiveGuidanceDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        OBJECTIVE_GUIDANCE.set(ex, appraisals.guidance(appraisalId(ex), OBJECTIVE_FOCUS.get(ex)));
        MAX_OBJECTIVES.set(ex, appraisals.maxObjectives(appraisalId(ex)));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVE_GUIDANCE, MAX_OBJECTIVES);
    }
}
