package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraiserProposalProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.platform.Actor;

/** Task_KeepAppraiser: the headteacher's No, with the reason, as the headteacher who answered. */
class KeepAppraiserDelegateTest {

    private final AppraiserProposals proposals = mock(AppraiserProposals.class);

    @Test
    void theProposalIsDeclinedWithTheReason() {
        FakeExecution.with(PROPOSAL_ID, 7L, KEEP_REASON, " Tom Bennett knows her work best ")
                .signedIn("helen.carter").run(new KeepAppraiserDelegate(proposals));
        verify(proposals).decline(7L, "Tom Bennett knows her work best", Actor.user("helen.carter"));
    }
}
