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

/** Task_RecordObjectives: the appraiser's draft objectives; the employee answers them by a day. */
@Component
class RecordDraftObjectivesDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordDraftObjectivesDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long id = appraisalId(ex);
        String summary = appraisals.setObjectives(id, objectivesOnForm(ex), "DRAFT", null, Actor.of(ex).name());
        objectivesRecorded(ex, summary, appraisals.developmentObjectiveNote(id), appraisals.commentsDue(id));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVES_SUMMARY, DEVELOPMENT_OBJECTIVE_NOTE, AGREEMENT_DUE_AT, AGREEMENT_DUE_TEXT);
    }
}
