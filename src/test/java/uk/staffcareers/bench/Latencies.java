package uk.staffcareers.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies of many calls from many threads, and their percentiles in milliseconds. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    double percentile(double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("samples", count());
        s.put("p50Ms", round(percentile(50)));
        s.put("p95Ms", round(percentile(95)));
        s.put("p99Ms", round(percentile(99)));
        s.put("maxMs", round(percentile(100)));
        return s;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {percentile(50), percentile(95), percentile(99)});
    }
}
