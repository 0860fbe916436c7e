package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordRevisedAnswer: the employee's answer to objectives revised in the year, which go on whatever it is. */
@Component
class RecordRevisedAnswerDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordRevisedAnswerDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean agreed = agreed(ex);
        appraisals.answerRevision(appraisalId(ex), agreed, OBJECTION.get(ex));
        OBJECTIVES_AGREED.set(ex, agreed);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVES_AGREED);
    }
}
