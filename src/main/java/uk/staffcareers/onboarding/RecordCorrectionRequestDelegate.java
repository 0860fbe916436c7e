package uk.staffcareers.onboarding;

import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.CORRECTIONS_NEEDED;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.CORRECTION_ID;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.STAFF_ID;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordCorrectionRequest: what the new starter says is wrong is kept with their record. */
@Component
class RecordCorrectionRequestDelegate implements JavaDelegate, SetsVariables {

    private final StaffDetailsConfirmation confirmation;

    RecordCorrectionRequestDelegate(StaffDetailsConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = confirmation.requestCorrection(STAFF_ID.get(execution),
                CORRECTIONS_NEEDED.get(execution));
        CORRECTION_ID.set(execution, id);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(CORRECTION_ID);
    }
}
