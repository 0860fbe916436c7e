package uk.staffcareers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Start-up as after a restart: a new JVM starts the application on the benchmark's database (with the
 * trust and its history in it), reports the time to ready and the heap in use, and stops.
 */
public final class StartupProbe {

    private static final String MARK = "STARTUP ";

    public static void main(String[] args) {
        try (RunningApp app = RunningApp.start(new BenchDatabase(BenchSettings.fromSystemProperties()))) {
            System.out.println(MARK + "{\"startupSeconds\":" + app.startupMillis / 1000.0 + ",\"heapAfterStartupMib\":"
                    + RunningApp.heapUsedMib() + "}");
        }
        System.exit(0);
    }

    /** Runs the probe in a new JVM with this JVM's class path and bench settings. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inNewJvm() throws IOException, InterruptedException {
        Process process = OtherJvm.start(StartupProbe.class);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains(MARK)) {
            throw new IllegalStateException("The start-up probe failed:\n" + output);
        }
        String line = output.lines().filter(l -> l.startsWith(MARK)).findFirst().orElseThrow();
        return new ObjectMapper().readValue(line.substring(MARK.length()), Map.class);
    }
}
