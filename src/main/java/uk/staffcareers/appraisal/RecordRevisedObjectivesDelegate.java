package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordRevisedObjectives: objectives revised after an interim review found they must change, with the reason. */
@Component
class RecordRevisedObjectivesDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordRevisedObjectivesDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        recordObjectives(ex, appraisals, "REVISED", REVISION_REASON.get(ex));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return OBJECTIVES_RECORDED;
    }
}
