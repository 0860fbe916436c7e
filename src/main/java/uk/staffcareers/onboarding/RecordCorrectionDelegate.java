package uk.staffcareers.onboarding;

import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.CORRECTION_ID;
import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.CORRECTION_MADE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_RecordCorrection: the correction closes the request, recorded as made by whoever completed the task (who signed in). */
@Component
class RecordCorrectionDelegate implements JavaDelegate {

    private final StaffDetailsConfirmation confirmation;

    RecordCorrectionDelegate(StaffDetailsConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmation.resolveCorrection(CORRECTION_ID.required(execution),
                Actor.of(execution).name(), CORRECTION_MADE.get(execution));
    }
}
