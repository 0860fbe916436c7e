package uk.staffcareers.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies of many calls from many threads, and their percentiles in milliseconds. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    void addAll(Latencies other) {
        nanos.addAll(other.nanos);
    }

    int count() {
        return nanos.size();
    }

    Map<String, Object> summary() {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("samples", sorted.length);
        s.put("p50Ms", round(percentile(sorted, 50)));
        s.put("p95Ms", round(percentile(sorted, 95)));
        s.put("p99Ms", round(percentile(sorted, 99)));
        s.put("maxMs", round(percentile(sorted, 100)));
        return s;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
