package uk.staffcareers.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the figures were measured on, and how busy the machine was meanwhile: the load average (runnable processes, of
 * all programs on the machine) is sampled every 10 s from the first description, so that a run beside other work says so.
 */
final class Machine {

    private static final List<Double> LOAD = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean SAMPLING = new AtomicBoolean();

    private Machine() {
    }

    /** The load average's lowest, median and highest sample so far (the benchmark's own threads count too). */
    static Map<String, Object> load() {
        List<Double> samples = LOAD.stream().sorted().toList();
        return samples.isEmpty() ? Map.of() : Map.of("samples", samples.size(), "min", samples.get(0),
                "median", samples.get(samples.size() / 2), "max", samples.get(samples.size() - 1));
    }

    private static void startSampling() {
        if (SAMPLING.compareAndSet(false, true)) {
            Thread sampler = new Thread(() -> {
                var os = ManagementFactory.getOperatingSystemMXBean();
                while (true) {
                    LOAD.add(Math.round(os.getSystemLoadAverage() * 10) / 10.0);
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "machine-load");
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    static Map<String, Object> describe() {
        startSampling();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", firstValue("/proc/cpuinfo", "model name"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memory", firstValue("/proc/meminfo", "MemTotal"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("maxHeapMib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return m;
    }

    private static String firstValue(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
