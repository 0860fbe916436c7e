package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.ProcessVariable;

/** Task_NotifyPayDecision: the decision recorded and sent in writing; the appeal window opens. */
@Component
class NotifyPayDecisionDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;

    NotifyPayDecisionDelegate(AnnualAssessment annual) {
        this.annual = annual;
    }

    @Override
    public void execute(DelegateExecution ex) {
        LocalDate deadline = annual.decidePay(appraisalId(ex), PAY_DECISION.get(ex), PAY_DECISION_REASONS.get(ex),
                Actor.of(ex).name(), ex.getProcessBusinessKey());
        APPEAL_DEADLINE.set(ex, endOf(deadline));
        APPEAL_DEADLINE_TEXT.set(ex, WorkingDays.spoken(deadline));
        PAY_DECISION_TEXT.set(ex, AppraisalReport.payText(PAY_DECISION.get(ex)));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(APPEAL_DEADLINE, APPEAL_DEADLINE_TEXT, PAY_DECISION_TEXT);
    }
}
