package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstWrongPasswordsCostNothingThenTheWaitDoublesUpToAMinute() {
        for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("10.0.0.9", "amy.hughes");
            assertThat(throttle.waitFor("10.0.0.9", "amy.hughes")).as("after %d", i).isZero();
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expected) {
            throttle.failed("10.0.0.9", "amy.hughes");
            assertThat(throttle.waitFor("10.0.0.9", "amy.hughes")).isEqualTo(Duration.ofSeconds(seconds));
            clock.move(Duration.ofSeconds(seconds));
            assertThat(throttle.waitFor("10.0.0.9", "amy.hughes")).as("the wait has passed").isZero();
        }
    }

    @Test
    void onlyTheSendersAddressWaitsAndOnlyForThatAccount() {
        fail(12, "10.0.0.9", "admin");
        assertThat(throttle.waitFor("10.0.0.9", "admin")).isEqualTo(LoginThrottle.LONGEST_WAIT);
        assertThat(throttle.waitFor("10.0.0.9", "ADMIN")).isEqualTo(LoginThrottle.LONGEST_WAIT);
        assertThat(throttle.waitFor("10.0.0.7", "admin")).isZero();
        assertThat(throttle.waitFor("10.0.0.9", "amy.hughes")).isZero();
    }

    @Test
    void failuresAreForgottenOnSuccessAndAfterAQuietSpell() {
        fail(4, "10.0.0.9", "amy.hughes");
        throttle.succeeded("10.0.0.9", "amy.hughes");
        fail(4, "10.0.0.9", "amy.hughes");
        assertThat(throttle.waitFor("10.0.0.9", "amy.hughes")).as("counting starts again after a success").isZero();

        clock.move(LoginThrottle.MEMORY.plusSeconds(1));
        fail(4, "10.0.0.9", "amy.hughes");
        assertThat(throttle.waitFor("10.0.0.9", "amy.hughes")).as("and after a quiet spell").isZero();
        throttle.failed("10.0.0.9", "amy.hughes");
        assertThat(throttle.waitFor("10.0.0.9", "amy.hughes")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aClockSetBackNeverMakesAWaitLongerThanAMinute() {
        fail(12, "10.0.0.9", "admin");
        clock.move(Duration.ofDays(-26));
        assertThat(throttle.waitFor("10.0.0.9", "admin")).as("the failures lie in the future: forgotten").isZero();
        throttle.failed("10.0.0.9", "admin");
        assertThat(throttle.waitFor("10.0.0.9", "admin")).as("counting starts again").isZero();
    }

    private void fail(int times, String client, String user) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client, user);
        }
    }

    private static class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}
