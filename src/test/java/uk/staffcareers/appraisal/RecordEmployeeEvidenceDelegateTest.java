package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordEmployeeEvidence: the employee's evidence and aspirations go to the record as given. */
class RecordEmployeeEvidenceDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final AnnualAssessment annual = mock(AnnualAssessment.class);

    @Test
    void handsOverTheEvidenceAndAspirations() {
        appraisal().and("employeeEvidence", "Reading logs")
                .and("aspirations", "Level 3").run(new RecordEmployeeEvidenceDelegate(annual));
        verify(annual).addEmployeeEvidence(7L, "Reading logs", "Level 3");
    }

    @Test
    void blankFieldsReachTheServicesAsNothing() {
        appraisal().and("employeeEvidence", "  ").run(new RecordEmployeeEvidenceDelegate(annual));
        verify(annual).addEmployeeEvidence(7L, null, null);
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
