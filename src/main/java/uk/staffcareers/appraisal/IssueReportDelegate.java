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
import uk.staffcareers.platform.ProcessVariable;

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
        long reportId = annual.recommendAndReport(appraisalId(ex), PAY_RECOMMENDATION.get(ex), PAY_REASONS.get(ex),
                Actor.of(ex).name(), ex.getProcessBusinessKey());
        REPORT_ID.set(ex, reportId);
        PAY_RECOMMENDATION_TEXT.set(ex, AppraisalReport.payText(PAY_RECOMMENDATION.get(ex)));
        LocalDate due = appraisals.commentsDue(appraisalId(ex));
        COMMENTS_DUE_AT.set(ex, endOf(due));
        COMMENTS_DUE_TEXT.set(ex, WorkingDays.spoken(due));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(REPORT_ID, COMMENTS_DUE_AT, COMMENTS_DUE_TEXT, PAY_RECOMMENDATION_TEXT);
    }
}
