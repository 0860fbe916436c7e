package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.DEVELOPMENT_OBJECTIVE_OPTIONS;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.MAX_OBJECTIVES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.FormOptions;
import uk.staffcareers.platform.FormValues;

/** Which objective is the development objective: objective 1 to the most the case allows (set at its launch), then none. */
@Component
class ObjectiveSlotsFormValues implements FormValues {

    @Override
    public Set<String> forms() {
        return Set.of("appraisal-draft-objectives", "appraisal-settle-objectives", "appraisal-revise-objectives");
    }

    @Override
    public Map<String, TypedValue> valuesFor(VariableScope caseScope) {
        Integer most = MAX_OBJECTIVES.get(caseScope);
        return most == null ? Map.of() : Map.of(DEVELOPMENT_OBJECTIVE_OPTIONS.name(), options(most));
    }

    /** A slot the trust does not allow is not offered. */
    static TypedValue options(int most) {
        List<Map<String, String>> options = new ArrayList<>();
        for (int slot = 1; slot <= most; slot++) {
            options.add(Map.of("label", "Objective " + slot, "value", String.valueOf(slot)));
        }
        options.add(Map.of("label", "None this year", "value", "NONE"));
        return FormOptions.of(options);
    }
}
