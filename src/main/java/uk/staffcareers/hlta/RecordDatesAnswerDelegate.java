package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordDatesAnswer: the headteacher agrees the three dates, or sends them back with a reason. */
@Component
class RecordDatesAnswerDelegate implements JavaDelegate, SetsVariables {

    private final Assessments assessments;

    RecordDatesAnswerDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean agreed = "agreed".equals(DATES_ANSWER.get(ex));
        assessments.answerDates(candidacyId(ex), agreed, DATES_NOTE.get(ex), Actor.of(ex).name());
        DATES_AGREED.set(ex, agreed);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(DATES_AGREED);
    }
}
