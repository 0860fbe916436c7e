package uk.staffcareers.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of many answers, from their Server-Timing headers ({@code progress;dur=12.3, running;dur=4.0}): each part's
 * percentiles, so that the benchmark says where a page's time goes, not only how long it took.
 */
final class ServerTimings {

    private final Map<String, Latencies> parts = new ConcurrentHashMap<>();

    /** Keeps the reply's parts and hands the reply back. */
    Rest.Reply record(Rest.Reply reply) {
        reply.headers().firstValue("Server-Timing").ifPresent(header -> {
            for (String part : header.split(",")) {
                String[] nameAndDuration = part.strip().split(";dur=");
                if (nameAndDuration.length == 2) {
                    parts.computeIfAbsent(nameAndDuration[0], n -> new Latencies())
                            .add((long) (Double.parseDouble(nameAndDuration[1]) * 1e6));
                }
            }
        });
        return reply;
    }

    void clear() {
        parts.clear();
    }

    /** Per part, by name: its p50 / p95 in milliseconds. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        parts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> all = e.getValue().summary();
            summary.put(e.getKey(), all.get("p50Ms") + " / " + all.get("p95Ms"));
        });
        return summary;
    }
}
