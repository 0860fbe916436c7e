package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.OBJECTIVE_FOCUS;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.OBJECTIVE_GUIDANCE;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.FormValues;

/**
 * What the objectives should follow, on the appraiser's draft form: the expectations the decision table chose for the
 * case (objectiveFocus), as the employee's record and last year's CPD needs stand when the appraiser opens it.
 */
@Component
class DraftObjectivesFormValues implements FormValues {

    private final Appraisals appraisals;

    DraftObjectivesFormValues(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public Set<String> forms() {
        return Set.of("appraisal-draft-objectives");
    }

    @Override
    public Map<String, TypedValue> valuesFor(VariableScope caseScope) {
        String guidance = appraisals.guidance(AppraisalCycleProcess.appraisalId(caseScope), OBJECTIVE_FOCUS.get(caseScope));
        return Map.of(OBJECTIVE_GUIDANCE.name(), Variables.stringValue(guidance));
    }
}
