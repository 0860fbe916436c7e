package uk.staffcareers.mail;

import java.time.Duration;
import java.util.List;

/**
 * How long a mail waits after a failed try: 1, 5, 15 and 60 minutes, then every hour until it goes. It is never
 * given up: a mail server that is down for a weekend delays the mail, it does not lose it.
 */
public final class Backoff {

    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));

    private Backoff() {
    }

    /** The wait after the given number of failed tries (1 for the first). */
    public static Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No try has failed yet: " + failedAttempts);
        }
        return STEPS.get(Math.min(failedAttempts, STEPS.size()) - 1);
    }
}
