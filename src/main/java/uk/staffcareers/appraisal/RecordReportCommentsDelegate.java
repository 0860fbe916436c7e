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

/** Task_RecordReportComments: the employee's comments appended and the report re-issued; the pay decision is next. */
@Component
class RecordReportCommentsDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;
    private final Appraisals appraisals;

    RecordReportCommentsDelegate(AnnualAssessment annual, Appraisals appraisals) {
        this.annual = annual;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        REPORT_ID.set(ex, annual.addReportComments(appraisalId(ex), REPORT_COMMENTS.get(ex), Actor.of(ex).name(),
                ex.getProcessBusinessKey()));
        PAY_DECISION_DUE_AT.set(ex, endOf(appraisals.payDecisionDue(appraisalId(ex))));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(REPORT_ID, PAY_DECISION_DUE_AT);
    }
}
