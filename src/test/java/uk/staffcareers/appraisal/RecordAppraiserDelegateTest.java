package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordAppraiser: the headteacher's choice becomes the appraiser, who may then read the case. */
class RecordAppraiserDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordAppraiserDelegate delegate = new RecordAppraiserDelegate(appraisals);

    @Test
    void theChosenAppraiserIsSetByNameAndMayReadTheCase() {
        when(appraisals.chooseAppraiser(7L, "E1002", "helen.carter")).thenReturn(new Appraisals.Appraiser("tom.bennett", "Tom Bennett"));
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, APPRAISER_STAFF_ID, " E1002 ").signedIn("helen.carter");

        assertThat(ex.readersGrantedBy(() -> ex.run(delegate))).containsExactly("tom.bennett");

        assertThat(ex.variable(APPRAISER)).isEqualTo("tom.bennett");
        assertThat(ex.variable(APPRAISER_NAME)).isEqualTo("Tom Bennett");
    }
}
