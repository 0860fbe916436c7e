package uk.staffcareers.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.staffcareers.capability.CapabilityCases;
import uk.staffcareers.capability.Concerns;

/** The confidential processes and case references mail keeps neutral are the ones the application really has. */
class ConfidentialTest {

    @Test
    void concernsAndCapabilityCasesAreConfidentialOthersAreNot() {
        assertThat(Confidential.caseRef(Concerns.caseRef(7))).isTrue();
        assertThat(Confidential.caseRef(CapabilityCases.caseRef(7))).isTrue();
        assertThat(Confidential.caseRef("HLTA-E1007-1")).isFalse();
        assertThat(Confidential.caseRef(null)).isFalse();
    }

    @Test
    void theConfidentialProcessesExist() {
        for (String key : new String[] {"performance-concern", "capability-procedure", "capability-meeting"}) {
            assertThat(Confidential.process(key)).as(key).isTrue();
            assertThat(Files.exists(Path.of("processes", key + ".bpmn"))).as(key).isTrue();
        }
        assertThat(Confidential.process("hlta-journey")).isFalse();
        assertThat(Confidential.process("appraisal-cycle")).isFalse();
    }
}
