package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

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
        appraisals.answerObjectives(appraisalId(ex), agreed, text(ex, OBJECTION), Actor.of(ex).name());
        ex.setVariable(OBJECTIVES_AGREED, agreed);
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(OBJECTIVES_AGREED);
    }
}
