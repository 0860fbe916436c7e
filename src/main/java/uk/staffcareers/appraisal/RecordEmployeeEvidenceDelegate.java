package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordEmployeeEvidence: the employee's evidence and aspirations for the annual assessment. */
@Component
class RecordEmployeeEvidenceDelegate implements JavaDelegate {

    private final AnnualAssessment annual;

    RecordEmployeeEvidenceDelegate(AnnualAssessment annual) {
        this.annual = annual;
    }

    @Override
    public void execute(DelegateExecution ex) {
        annual.addEmployeeEvidence(appraisalId(ex), EMPLOYEE_EVIDENCE.get(ex), ASPIRATIONS.get(ex));
    }
}
