package uk.staffcareers.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Requests arriving at a set mean rate at random moments (Poisson arrivals), whatever the answers' speed, as people do:
 * each request's time counts from the moment it was due, so a slow answer delays the count of the ones behind it rather
 * than the arrivals (what users who never pause would hide).
 */
final class OpenLoad {

    record Outcome(double offeredPerSecond, int requests, int failures, Latencies latencies) {
        Map<String, Object> summary() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("offeredPerSecond", Latencies.round(offeredPerSecond));
            s.put("requests", requests);
            s.put("failures", failures);
            s.putAll(latencies.summary());
            return s;
        }
    }

    private OpenLoad() {
    }

    /** Requests from {@code next} (null when it has no more) at {@code perSecond} on average, for {@code seconds}. */
    static Outcome run(double perSecond, double seconds, Supplier<Callable<Boolean>> next) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService requests = Executors.newCachedThreadPool();
        Random arrivals = new Random(42);
        long start = System.nanoTime();
        int sent = 0;
        for (double at = 0; at < seconds; at += -Math.log(1 - arrivals.nextDouble()) / perSecond) {
            long due = start + (long) (at * 1e9);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Callable<Boolean> request = next.get();
            if (request == null) {
                break;
            }
            sent++;
            requests.execute(() -> {
                boolean ok;
                try {
                    ok = request.call();
                } catch (Exception e) {
                    ok = false;
                }
                latencies.add(System.nanoTime() - due);
                if (!ok) {
                    failures.incrementAndGet();
                }
            });
        }
        requests.shutdown();
        requests.awaitTermination(10, TimeUnit.MINUTES);
        return new Outcome(perSecond, sent, failures.get(), latencies);
    }
}
