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
 * Task_GatherGuidance of the diagram's versions before 1.3.0, which stored the draft form's guidance in the case; cases
 * started on them are past it, and it is kept so that those versions still run. The guidance is now worked out when the
 * draft form is opened (DraftObjectivesFormValues), and the most objectives set when the record is opened.
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
