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
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordSettlement: after the employee disagreed, the appraiser revises the objectives or determines them, with a note. */
@Component
class RecordSettlementDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;

    RecordSettlementDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String settlement = SETTLEMENT.get(ex);
        if (!"REVISE".equals(settlement) && !"DETERMINE".equals(settlement)) {
            throw new InvalidInputException("Choose to revise the objectives or to determine them");
        }
        String status = "REVISE".equals(settlement) ? "REVISED" : "DETERMINED";
        long id = appraisalId(ex);
        String summary = appraisals.setObjectives(id, objectivesOnForm(ex), status, SETTLEMENT_NOTE.get(ex), Actor.of(ex).name());
        objectivesRecorded(ex, summary, appraisals.developmentObjectiveNote(id), appraisals.commentsDue(id));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVES_SUMMARY, DEVELOPMENT_OBJECTIVE_NOTE, AGREEMENT_DUE_AT, AGREEMENT_DUE_TEXT);
    }
}
