package uk.staffcareers.hlta;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_WithdrawCandidacy: the candidate withdraws after "not yet ready", with the reason, as themselves. */
class WithdrawCandidacyDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);

    @Test
    void theCandidateWithdrawsWithTheReason() {
        FakeExecution.with(CANDIDACY_ID, 1L, WITHDRAWAL_REASON, "Moving school")
                .signedIn("jo.pritchard").run(new WithdrawCandidacyDelegate(candidacies));
        verify(candidacies).withdraw(1L, "Moving school", "jo.pritchard");
    }
}
