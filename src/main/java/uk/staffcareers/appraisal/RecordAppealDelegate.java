package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;

/** Task_RecordAppealChoice: an appeal within the window goes to the appeal panel. */
@Component
class RecordAppealDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;
    private final Appraisals appraisals;

    RecordAppealDelegate(AnnualAssessment annual, Appraisals appraisals) {
        this.annual = annual;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean appealed = annual.appeal(appraisalId(ex), text(ex, "appealChoice"), text(ex, "appealGrounds"));
        ex.setVariable(APPEALED, appealed);
        ex.setVariable(APPEAL_HEARING_DUE_AT, endOf(appraisals.workingDaysFromToday(appraisalId(ex), 20)));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(APPEALED, APPEAL_HEARING_DUE_AT);
    }
}
