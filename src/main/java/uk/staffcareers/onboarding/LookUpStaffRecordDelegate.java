package uk.staffcareers.onboarding;

import static uk.staffcareers.onboarding.ConfirmStaffDetailsProcess.Vars.*;

import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.staff.StaffDirectory;

import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_LookUpStaffRecord: what the new starter is asked to confirm, and who keeps their record. */
@Component
class LookUpStaffRecordDelegate implements JavaDelegate, SetsVariables {

    private final StaffDetailsConfirmation confirmation;
    private final StaffDirectory directory;

    LookUpStaffRecordDelegate(StaffDetailsConfirmation confirmation, StaffDirectory directory) {
        this.confirmation = confirmation;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var check = confirmation.prepare(STAFF_ID.get(execution));
        if (execution.getProcessBusinessKey() == null) {
            // Started from Tasklist's start form, which gives no business key; Cockpit lists cases by it.
            execution.setProcessBusinessKey(ConfirmStaffDetailsProcess.businessKey(check.staff().id()));
        }
        STAFF_USERNAME.set(execution, check.staff().username());
        STAFF_NAME.set(execution, check.staff().fullName());
        CaseLabels.SCHOOL_NAME.set(execution, directory.schoolNameOf(check.staff()));
        STAFF_SUMMARY.set(execution, check.summary());
        RECORD_KEEPER.set(execution, check.recordKeeper());
        // Due at the end of the school day.
        CONFIRM_BY.set(execution, Date.from(check.confirmBy().atTime(17, 0).atZone(SchoolTime.ZONE).toInstant()));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(STAFF_USERNAME, STAFF_NAME, CaseLabels.SCHOOL_NAME, STAFF_SUMMARY, RECORD_KEEPER, CONFIRM_BY);
    }
}
