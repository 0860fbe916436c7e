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

/** Task_NoteNoReportComments: the employee gave no comments on the report by their last day; the pay decision falls due. */
@Component
class NoteNoReportCommentsDelegate implements JavaDelegate, SetsVariables {

    private final Unanswered unanswered;
    private final Appraisals appraisals;

    NoteNoReportCommentsDelegate(Unanswered unanswered, Appraisals appraisals) {
        this.unanswered = unanswered;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        unanswered.record(appraisalId(ex), Unanswered.Step.REPORT_COMMENTS, dayOf(COMMENTS_DUE_AT.get(ex)),
                Actor.of(ex).name(), ex.getProcessBusinessKey());
        PAY_DECISION_DUE_AT.set(ex, endOf(appraisals.payDecisionDue(appraisalId(ex))));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(PAY_DECISION_DUE_AT);
    }
}
