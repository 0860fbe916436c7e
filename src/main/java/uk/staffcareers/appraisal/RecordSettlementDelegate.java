package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
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
        recordObjectives(ex, appraisals, "REVISE".equals(settlement) ? "REVISED" : "DETERMINED", SETTLEMENT_NOTE.get(ex));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return OBJECTIVES_RECORDED;
    }
}
