package uk.staffcareers.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A benchmark class run in a new JVM with this JVM's class path and -Dbench.* settings (a restart, a second node). */
final class OtherJvm {

    private OtherJvm() {
    }

    /** Starts main of the class; output and errors come together on the process's input stream. */
    static Process start(Class<?> main, String... systemProperties) throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path")));
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        for (String property : systemProperties) {
            command.add("-D" + property);
        }
        command.add(main.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
