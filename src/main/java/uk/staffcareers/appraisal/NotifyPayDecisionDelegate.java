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

/** Task_NotifyPayDecision: the decision recorded and sent in writing; the appeal window opens. */
@Component
class NotifyPayDecisionDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;

    NotifyPayDecisionDelegate(AnnualAssessment annual) {
        this.annual = annual;
    }

    @Override
    public void execute(DelegateExecution ex) {
        LocalDate deadline = annual.decidePay(appraisalId(ex), text(ex, PAY_DECISION), text(ex, "payDecisionReasons"),
                Actor.of(ex).name(), ex.getProcessBusinessKey());
        ex.setVariable(APPEAL_DEADLINE, endOf(deadline));
        ex.setVariable("appealDeadlineText", WorkingDays.spoken(deadline));
        ex.setVariable("payDecisionText", AppraisalReport.payText(text(ex, PAY_DECISION)));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(APPEAL_DEADLINE);
    }
}
