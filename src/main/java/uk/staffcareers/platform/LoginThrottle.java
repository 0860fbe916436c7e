package uk.staffcareers.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow down the client that sends them, never the account's owner: failures are
 * counted per client address and account, the first few are free, then that client waits 1, 2, 4 …
 * up to 60 seconds before it may try that account again. A correct password from another address is
 * always served, and nothing is written to the account. Shared by every login path (the REST APIs'
 * HTTP Basic, the Camunda webapps' login form, the actuator). Nobody is ever made to sleep: a
 * client that must wait is answered 429 with Retry-After.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us use by trying many names. */
    static final int MOST_TRACKED = 50_000;

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this client must wait before it may try this account again; zero when it may try now. */
    Duration waitFor(String client, String user) {
        Failures known = failures.get(new Key(client, normalised(user)));
        Instant now = clock.instant();
        if (known == null || known.blockedUntil().isBefore(now) || known.forgotten(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, known.blockedUntil());
    }

    void failed(String client, String user) {
        Instant now = clock.instant();
        if (failures.size() >= MOST_TRACKED) {
            makeRoom(now);
        }
        Failures counted = failures.compute(new Key(client, normalised(user)), (key, before) -> {
            int count = before == null || before.forgotten(now) ? 1 : before.count() + 1;
            return new Failures(count, now, now.plus(waitAfter(count)));
        });
        if (counted.count() >= FREE_ATTEMPTS) {
            LOG.warn("{} wrong passwords for '{}' from {}: that address must wait {} s before trying it again",
                    counted.count(), user, client, waitAfter(counted.count()).toSeconds());
        }
    }

    void succeeded(String client, String user) {
        failures.remove(new Key(client, normalised(user)));
    }

    /** Answers a client that must wait: 429 with Retry-After in whole seconds. */
    static void refuse(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"TooManyLoginAttempts\",\"message\":\"Too many wrong passwords from "
                + "this address for this account: try again in " + seconds + " seconds\"}");
    }

    static Duration waitAfter(int failureCount) {
        if (failureCount < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 6);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void makeRoom(Instant now) {
        failures.values().removeIf(f -> f.forgotten(now));
        if (failures.size() >= MOST_TRACKED) {
            failures.entrySet().stream().min(Comparator.comparing(e -> e.getValue().last()))
                    .ifPresent(oldest -> failures.remove(oldest.getKey()));
        }
    }

    /** User names are matched without regard to case, so "Admin" counts against "admin". */
    private static String normalised(String user) {
        return user.toLowerCase(Locale.ROOT);
    }

    private record Key(String client, String user) {
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
        /**
         * Long ago, or not yet: a failure after now means the clock was set back (a time server's step, a test's clock),
         * and a wait counted from the future could last for days, where none may outlast LONGEST_WAIT.
         */
        boolean forgotten(Instant now) {
            return last.plus(MEMORY).isBefore(now) || last.isAfter(now);
        }
    }
}
