package uk.staffcareers.capability;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordResponse: the employee's comments and acknowledgement of the written record. */
class RecordEmployeeResponseDelegateTest {

    private final Concerns concerns = mock(Concerns.class);

    @Test
    void theResponseIsRecordedAsTheEmployee() {
        FakeExecution.with(CONCERN_ID, 3L, "employeeComments", "I will use the coaching",
                "recordReceived", true).signedIn("ben.lewis").run(new RecordEmployeeResponseDelegate(concerns));
        verify(concerns).respond(3L, "I will use the coaching", true, "ben.lewis");
    }
}
