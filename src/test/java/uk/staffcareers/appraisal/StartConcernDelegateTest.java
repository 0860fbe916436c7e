package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.capability.PerformanceConcernProcess;

/** Task_StartConcern: the appraiser's concern starts a performance-concern case, raised by the appraiser who signed in. */
class StartConcernDelegateTest {

    @Test
    void startsTheConcernAsTheApplicationNamingTheAppraiserAndTheAppraisal() {
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1004", CONCERN_DESCRIPTION, " Planning not done ").signedIn("tom.bennett")
                .businessKey("APPRAISAL-2026/27-E1004");

        ex.run(new StartConcernDelegate());

        assertThat(ex.messages()).containsExactly(new FakeExecution.Message(PerformanceConcernProcess.MESSAGE_RAISED, Map.of(
                PerformanceConcernProcess.Vars.STAFF_ID.name(), "E1004", PerformanceConcernProcess.Vars.DESCRIPTION.name(), "Planning not done",
                PerformanceConcernProcess.Vars.RAISED_BY.name(), "tom.bennett",
                PerformanceConcernProcess.Vars.APPRAISAL_REF.name(), "APPRAISAL-2026/27-E1004")));
        verify(ex.engine().getIdentityService()).clearAuthentication();
        assertThat(ex.removed(CONCERN_DESCRIPTION)).as("the next concern's form starts empty").isTrue();
    }
}
