package uk.staffcareers.hlta;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_MoveIntoHltaRole: HR's confirmation and the day the role starts, by HR who signed in. */
class MoveIntoHltaRoleDelegateTest {

    private final HltaAward award = mock(HltaAward.class);

    @Test
    void hrsConfirmationMovesTheRecord() {
        FakeExecution.with(CANDIDACY_ID, 1L, "jobDescriptionConfirmed", true,
                "roleEffectiveFrom", "2027-04-19").signedIn("kate.morgan").run(new MoveIntoHltaRoleDelegate(award));
        verify(award).moveIntoRole(1L, true, LocalDate.of(2027, 4, 19), "kate.morgan");
    }

    @Test
    void anUntickedConfirmationReachesTheServiceAsNo() {
        FakeExecution.with(CANDIDACY_ID, 1L).signedIn("kate.morgan").run(new MoveIntoHltaRoleDelegate(award));
        verify(award).moveIntoRole(1L, false, null, "kate.morgan");
    }
}
