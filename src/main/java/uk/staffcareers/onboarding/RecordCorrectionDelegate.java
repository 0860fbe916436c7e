package uk.staffcareers.onboarding;

import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.CORRECTION_ID;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.CORRECTION_MADE;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.RECORD_KEEPER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCorrection: the record keeper's correction closes the request. */
@Component
class RecordCorrectionDelegate implements JavaDelegate {

    private final StaffDetailsConfirmation confirmation;

    RecordCorrectionDelegate(StaffDetailsConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmation.resolveCorrection(((Number) execution.getVariable(CORRECTION_ID)).longValue(),
                (String) execution.getVariable(RECORD_KEEPER), (String) execution.getVariable(CORRECTION_MADE));
    }
}
