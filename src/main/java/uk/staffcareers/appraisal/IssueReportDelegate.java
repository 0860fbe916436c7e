package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.SetsVariables;

/** Task_IssueReport: the pay recommendation recorded, the written report issued (PDF) for the employee to read. */
@Component
class IssueReportDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;
    private final Appraisals appraisals;

    IssueReportDelegate(AnnualAssessment annual, Appraisals appraisals) {
        this.annual = annual;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long reportId = annual.recommendAndReport(appraisalId(ex), text(ex, PAY_RECOMMENDATION), text(ex, PAY_REASONS),
                Actor.of(ex).name(), ex.getProcessBusinessKey());
        ex.setVariable(REPORT_ID, reportId);
        ex.setVariable("payRecommendationText", AppraisalReport.payText(text(ex, PAY_RECOMMENDATION)));
        LocalDate due = appraisals.commentsDue(appraisalId(ex));
        ex.setVariable(COMMENTS_DUE_AT, endOf(due));
        ex.setVariable(COMMENTS_DUE_TEXT, WorkingDays.spoken(due));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(REPORT_ID, COMMENTS_DUE_AT, COMMENTS_DUE_TEXT);
    }
}
