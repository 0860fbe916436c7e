package uk.staffcareers.overview;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How long each part of one overview took, sent as the response's Server-Timing header (a browser's developer tools
 * show it under Timing; the benchmark reports each part's percentiles from it), so that a slow page says which part.
 */
final class PartTimes {

    private final Map<String, Double> millis = new LinkedHashMap<>();

    <T> T time(String part, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(part, (System.nanoTime() - start) / 1e6, Double::sum);
        }
    }

    /** {@code progress;dur=12.3, finished;dur=4.0, ...} */
    String header() {
        return millis.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s;dur=%.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
