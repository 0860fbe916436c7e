package uk.staffcareers.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The overview's Server-Timing header: each part once, in the order timed, a part timed twice summed. */
class PartTimesTest {

    @Test
    void eachPartWithItsMillisecondsInTheOrderTimed() {
        PartTimes times = new PartTimes();
        assertThat(times.time("progress", () -> "done")).isEqualTo("done");
        times.time("running", () -> 1);
        times.time("progress", () -> 2);
        assertThat(times.header()).matches("progress;dur=\\d+\\.\\d, running;dur=\\d+\\.\\d");
    }

    @Test
    void aPartThatFailsIsStillTimedAndItsFailurePassesOn() {
        PartTimes times = new PartTimes();
        assertThatThrownBy(() -> times.time("finished", () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(times.header()).startsWith("finished;dur=");
    }
}
