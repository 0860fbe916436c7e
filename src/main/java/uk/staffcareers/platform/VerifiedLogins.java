package uk.staffcareers.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a request's authentication costs once, kept for a short while: that a user name and password were right,
 * whose school account an email is, and the user's groups and schools. Without it every REST request verified a password hash and queried groups and tenants
 * before doing any work (under 200 clients, most of a request's time). A password is kept only as a keyed hash made
 * with a key of this process. Any change to an account, a password or a membership (Admin, the REST API, the
 * directory's sync) forgets everything on this node at once; another node forgets within the time to live.
 */
@Component
class VerifiedLogins {

    record Memberships(List<String> groups, List<String> tenants) {
    }

    private record Kept<T>(T value, Instant until) {
    }

    /** Every cache of this process: the engine's identity provider forgets through it (it is not a Spring bean). */
    private static final Set<VerifiedLogins> LIVE = ConcurrentHashMap.newKeySet();

    private final Map<String, Kept<byte[]>> passwords = new ConcurrentHashMap<>();
    private final Map<String, Kept<Memberships>> memberships = new ConcurrentHashMap<>();
    private final Map<String, Kept<SchoolAccounts.Match>> accounts = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock = Clock.systemUTC();
    private final SecretKeySpec key;

    VerifiedLogins(@Value("${staffcareers.security.verified-login-time-to-live:PT1M}") Duration timeToLive) {
        this.timeToLive = timeToLive;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        LIVE.add(this);
    }

    /** Whether this user name and password were verified within the time to live. */
    boolean verified(String user, String password) {
        Kept<byte[]> kept = passwords.get(user);
        return kept != null && clock.instant().isBefore(kept.until()) && MessageDigest.isEqual(kept.value(), digest(password));
    }

    void remember(String user, String password) {
        if (!timeToLive.isZero()) {
            passwords.put(user, new Kept<>(digest(password), clock.instant().plus(timeToLive)));
        }
    }

    /** The user's groups and schools, looked up at most once per time to live. */
    Memberships memberships(String user, Supplier<Memberships> lookUp) {
        return kept(memberships, user, lookUp);
    }

    /** Whose school account an email is (or why nobody's), looked up at most once per time to live. */
    SchoolAccounts.Match account(String email, Supplier<SchoolAccounts.Match> lookUp) {
        return kept(accounts, email, lookUp);
    }

    private <T> T kept(Map<String, Kept<T>> cache, String key, Supplier<T> lookUp) {
        Kept<T> kept = cache.get(key);
        if (kept != null && clock.instant().isBefore(kept.until())) {
            return kept.value();
        }
        T fresh = lookUp.get();
        if (!timeToLive.isZero()) {
            cache.put(key, new Kept<>(fresh, clock.instant().plus(timeToLive)));
        }
        return fresh;
    }

    void forget() {
        passwords.clear();
        memberships.clear();
        accounts.clear();
    }

    /** An account, password or membership changed somewhere in this process. */
    static void identitiesChanged() {
        LIVE.forEach(VerifiedLogins::forget);
    }

    private byte[] digest(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
