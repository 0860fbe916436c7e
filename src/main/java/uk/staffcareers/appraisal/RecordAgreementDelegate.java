package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordAgreement: the employee agrees the objectives, or says why not; it decides "Objectives agreed?". */
@Component
class RecordAgreementDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordAgreementDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean agreed = agreed(ex);
        appraisals.answerObjectives(appraisalId(ex), agreed, OBJECTION.get(ex), Actor.of(ex).name());
        OBJECTIVES_AGREED.set(ex, agreed);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVES_AGREED);
    }
}
