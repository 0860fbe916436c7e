package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;

/** Task_RecordHearingRequest: a hearing asked for goes to HR, who invite within the trust's notice days. */
@Component
class RecordHearingRequestDelegate implements JavaDelegate, SetsVariables {

    private final PayAppeal payAppeal;

    RecordHearingRequestDelegate(PayAppeal payAppeal) {
        this.payAppeal = payAppeal;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean hearing = payAppeal.requestHearing(appraisalId(ex), text(ex, "hearingChoice"), text(ex, "hearingGrounds"));
        ex.setVariable(HEARING_REQUESTED, hearing);
        if (hearing) {
            ex.setVariable(HEARING_INVITE_DUE_AT, endOf(payAppeal.inviteDue(appraisalId(ex))));
        }
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(HEARING_REQUESTED, HEARING_INVITE_DUE_AT);
    }
}
