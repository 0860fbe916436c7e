package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordAppealOutcome: the panel's decision goes to the service as given, with who recorded it. */
class RecordAppealOutcomeDelegateTest {

    private static final String CASE = "APPRAISAL-2026/27-E1004";
    private final PayAppeal payAppeal = mock(PayAppeal.class);

    @Test
    void handsThePanelsDecisionToTheService() {
        appraisal().and("appealCompanion", "COLLEAGUE").and("appealCompanionName", "Jo Pritchard")
                .and("appealOutcome", "UPHELD").and("appealNotes", "Evidence overlooked").signedIn("kate.morgan").run(new RecordAppealOutcomeDelegate(payAppeal));
        verify(payAppeal).recordHearing(7L, "COLLEAGUE", "Jo Pritchard", "UPHELD", "Evidence overlooked", "kate.morgan", CASE);
    }

    private static FakeExecution appraisal() {
        return FakeExecution.with(APPRAISAL_ID, 7L).signedIn("tom.bennett").businessKey(CASE);
    }
}
