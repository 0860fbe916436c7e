package uk.staffcareers.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void aFailedMailWaitsLongerEachTimeThenHourlyForEver() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(Backoff.after(4)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(5)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void thereIsNoWaitBeforeAnyTryFailed() {
        assertThatThrownBy(() -> Backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
