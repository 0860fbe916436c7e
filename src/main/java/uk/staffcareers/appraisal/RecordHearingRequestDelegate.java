package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordHearingRequest: a hearing asked for goes to HR, who invite within the trust's notice days. */
@Component
class RecordHearingRequestDelegate implements JavaDelegate, SetsVariables {

    private final PayAppeal payAppeal;

    RecordHearingRequestDelegate(PayAppeal payAppeal) {
        this.payAppeal = payAppeal;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean hearing = payAppeal.requestHearing(appraisalId(ex), HEARING_CHOICE.get(ex), HEARING_GROUNDS.get(ex));
        HEARING_REQUESTED.set(ex, hearing);
        if (hearing) {
            HEARING_INVITE_DUE_AT.set(ex, endOf(payAppeal.inviteDue(appraisalId(ex))));
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(HEARING_REQUESTED, HEARING_INVITE_DUE_AT);
    }
}
