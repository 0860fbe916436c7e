package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.ProcessVariable;

/** Task_SendHearingInvitation: the hearing with notice before a panel not involved before; the invitation in writing. */
@Component
class SendHearingInvitationDelegate implements JavaDelegate, SetsVariables {

    private final PayAppeal payAppeal;

    SendHearingInvitationDelegate(PayAppeal payAppeal) {
        this.payAppeal = payAppeal;
    }

    @Override
    public void execute(DelegateExecution ex) {
        PayAppeal.Hearing hearing = payAppeal.invite(appraisalId(ex), HEARING_DATE.get(ex), HEARING_TIME.get(ex),
                HEARING_PLACE.get(ex), HEARING_PANEL.get(ex), Actor.of(ex).name(), ex.getProcessBusinessKey());
        APPEAL_HEARING_DUE_AT.set(ex, endOf(hearing.outcomeDue()));
        HEARING_TEXT.set(ex, WorkingDays.spoken(hearing.at().toLocalDate()) + " at " + hearing.at().toLocalTime() + ", "
                + HEARING_PLACE.get(ex) + "; panel: " + hearing.panel());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(APPEAL_HEARING_DUE_AT, HEARING_TEXT);
    }
}
