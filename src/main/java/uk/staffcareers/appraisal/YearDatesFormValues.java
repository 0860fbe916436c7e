package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.OBJECTIVES_DUE_AT;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.OBJECTIVES_DUE_TEXT;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.PERIOD_END;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.PERIOD_END_TEXT;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.PERIOD_START;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.PERIOD_START_TEXT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.FormValues;
import uk.staffcareers.platform.ProcessVariable;
import uk.staffcareers.policy.WorkingDays;

/**
 * The appraisal year's days as the forms say them ("Tuesday 1 September 2026"), from the dates the case keeps: the
 * period's start and end and the objectives' deadline, as they stand when the form is opened, after an extension too.
 */
@Component
class YearDatesFormValues implements FormValues {

    @Override
    public Set<String> forms() {
        return Set.of("appraisal-choose-appraiser", "appraisal-draft-objectives", "appraisal-invite-annual");
    }

    @Override
    public Map<String, TypedValue> valuesFor(VariableScope caseScope) {
        Map<String, TypedValue> texts = new HashMap<>();
        spoken(texts, PERIOD_START_TEXT, PERIOD_START.get(caseScope));
        spoken(texts, PERIOD_END_TEXT, PERIOD_END.get(caseScope));
        var objectivesDue = OBJECTIVES_DUE_AT.get(caseScope);
        spoken(texts, OBJECTIVES_DUE_TEXT, objectivesDue == null ? null : AppraisalCycleProcess.dayOf(objectivesDue));
        return texts;
    }

    private static void spoken(Map<String, TypedValue> texts, ProcessVariable<String> text, LocalDate day) {
        if (day != null) {
            texts.put(text.name(), Variables.stringValue(WorkingDays.spoken(day)));
        }
    }
}
