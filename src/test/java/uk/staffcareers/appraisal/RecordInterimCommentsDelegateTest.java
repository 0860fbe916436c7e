package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordInterimComments: the employee's comments on the interim review go to the record. */
class RecordInterimCommentsDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);

    @Test
    void theCommentsAreRecordedAsWritten() {
        FakeExecution.with(APPRAISAL_ID, 7L, "interimEmployeeComments",
                " Fair review ").run(new RecordInterimCommentsDelegate(appraisals));
        verify(appraisals).commentOnInterimReview(7L, "Fair review");
    }
}
