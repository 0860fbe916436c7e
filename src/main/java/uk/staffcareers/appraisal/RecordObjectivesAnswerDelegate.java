package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

/** Task_RecordAgreement and Task_RecordRevisedAnswer: the employee agrees the objectives, or says why not. */
@Component
class RecordObjectivesAnswerDelegate implements JavaDelegate, SetsVariables {

    /** The same step for objectives revised during the year, which go on whatever the answer. */
    static final String RECORD_REVISED_ANSWER = "Task_RecordRevisedAnswer";

    private final Appraisals appraisals;

    RecordObjectivesAnswerDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String agreement = text(ex, AGREEMENT);
        if (!"AGREE".equals(agreement) && !"DISAGREE".equals(agreement)) {
            throw new InvalidInputException("Say whether you agree the objectives");
        }
        boolean agreed = "AGREE".equals(agreement);
        if (RECORD_REVISED_ANSWER.equals(ex.getCurrentActivityId())) {
            appraisals.answerRevision(appraisalId(ex), agreed, text(ex, OBJECTION));
        } else {
            appraisals.answerObjectives(appraisalId(ex), agreed, text(ex, OBJECTION), Actor.of(ex).name());
        }
        ex.setVariable(OBJECTIVES_AGREED, agreed);
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(OBJECTIVES_AGREED);
    }
}
