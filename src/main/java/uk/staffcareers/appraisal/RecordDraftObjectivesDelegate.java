package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordObjectives: the appraiser's draft objectives; the employee answers them by a day. */
@Component
class RecordDraftObjectivesDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordDraftObjectivesDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        recordObjectives(ex, appraisals, "DRAFT", null);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return OBJECTIVES_RECORDED;
    }
}
