package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

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
        ex.setVariable(REPORT_ID, annual.addReportComments(appraisalId(ex), text(ex, "reportComments"), Actor.of(ex).name(),
                ex.getProcessBusinessKey()));
        ex.setVariable(PAY_DECISION_DUE_AT, endOf(appraisals.payDecisionDue(appraisalId(ex))));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(REPORT_ID, PAY_DECISION_DUE_AT);
    }
}
