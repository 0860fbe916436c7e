package uk.staffcareers.onboarding;

import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.STAFF_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordConfirmation: the staff record is marked as confirmed today. */
@Component
class RecordConfirmationDelegate implements JavaDelegate {

    private final StaffDetailsConfirmation confirmation;

    RecordConfirmationDelegate(StaffDetailsConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmation.recordConfirmed(STAFF_ID.get(execution));
    }
}
