package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordSchoolCommitment: the headteacher's commitment, and how many preparation days the booking form then asks for. */
class RecordSchoolCommitmentDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);

    @Test
    void theCommitmentIsRecordedAndThePolicysPreparationDaysSet() {
        when(candidacies.preparationDaysRequired(1L)).thenReturn(3);
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "releaseConfirmed", true, "supportingStaff", "Tom Bennett",
                "laContactName", "Ann Lee", "laContactEmail", "ann.lee@la.example").signedIn("helen.carter");

        ex.run(new RecordSchoolCommitmentDelegate(candidacies));

        verify(candidacies).commit(1L, new Candidacies.Commitment(true, "Tom Bennett", "Ann Lee", "ann.lee@la.example"), "helen.carter");
        assertThat(ex.variable(PREPARATION_DAYS_REQUIRED)).isEqualTo(3);
    }
}
