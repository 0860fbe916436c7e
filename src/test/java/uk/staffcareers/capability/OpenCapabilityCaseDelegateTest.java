package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_OpenCase: the capability case for the concern, its reference as the business key. */
class OpenCapabilityCaseDelegateTest {

    private final CapabilityCases cases = mock(CapabilityCases.class);

    @Test
    void theCaseIsOpenedForTheConcern() {
        when(cases.open(3L, "E1005", "kate.morgan")).thenReturn(9L);
        FakeExecution ex = FakeExecution.with(CONCERN_ID, 3L, STAFF_ID, "E1005").signedIn("kate.morgan");

        ex.run(new OpenCapabilityCaseDelegate(cases));

        assertThat(ex.variable(CAPABILITY_CASE_ID)).isEqualTo(9L);
        assertThat(ex.businessKey()).isEqualTo("CAPABILITY-9");
    }
}
