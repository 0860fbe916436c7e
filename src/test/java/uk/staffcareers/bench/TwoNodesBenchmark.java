package uk.staffcareers.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import uk.staffcareers.appraisal.AppraisalCycleProcess;
import uk.staffcareers.appraisal.AppraisalPeriod;

/**
 * Beyond one machine (issue 19, item 8): the task work of the main benchmark with two application nodes on one
 * PostgreSQL (Camunda's cluster model: the nodes share nothing but the database), against one node, alternating one
 * node, two nodes, one node, two nodes, one node on equal slices of the trust's cases, in the same run. The second node
 * is a new JVM on the same machine. Conflicts (OptimisticLockingException) are counted. Its own database. Run with
 * {@code ./mvnw -Pbench verify -Dbench.db=postgres -Dbench.main=uk.staffcareers.bench.TwoNodesBenchmark [-Dbench.staff=2000]}.
 */
public final class TwoNodesBenchmark {

    private static final String DATABASE = "staffcareers_nodes_bench";
    private static final String READY = "NODE READY ";

    private TwoNodesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        if (!settings.postgres()) {
            throw new IllegalArgumentException("Two nodes share one PostgreSQL database: run with -Dbench.db=postgres");
        }
        BenchDatabase database = new BenchDatabase(settings, DATABASE, "h2-nodes");
        database.recreate();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        try (RunningApp app = RunningApp.start(database)) {
            BenchTrust.create(app, settings.schools());
            BenchLaunch.trust(app, AppraisalPeriod.containing(LocalDate.now()).label());
            app.analyze();
            RuntimeService runtime = app.bean(RuntimeService.class);
            TaskService tasks = app.bean(TaskService.class);
            List<String> cases = runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalCycleProcess.KEY).list().stream()
                    .map(ProcessInstance::getId).toList();
            Process second = OtherJvm.start(SecondNode.class);
            try {
                Rest other = new Rest(portOf(second));
                List<List<Rest>> layouts = List.of(List.of(app.rest), List.of(app.rest, other));
                // A warm-up slice on each node, then one node and two nodes in turn on equal slices.
                int runs = 5;
                int slices = runs + 2;
                TaskWork.run(tasks, List.of(app.rest), Benchmark.part(cases, 0, slices), settings.users(), Benchmark.appSubmission(runtime));
                TaskWork.run(tasks, List.of(other), Benchmark.part(cases, 1, slices), settings.users(), Benchmark.appSubmission(runtime));
                List<TaskWork.Outcome> one = new ArrayList<>();
                List<TaskWork.Outcome> two = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    List<Rest> nodes = layouts.get(run % 2);
                    TaskWork.Outcome outcome = TaskWork.run(tasks, nodes, Benchmark.part(cases, run + 2, slices), settings.users(),
                            Benchmark.appSubmission(runtime));
                    (nodes.size() == 1 ? one : two).add(outcome);
                    System.out.println("[bench] " + nodes.size() + " node(s): " + outcome.summary());
                }
                results.put("users", settings.users());
                results.put("oneNode", TaskWork.Outcome.combined(one).summary());
                results.put("twoNodes", TaskWork.Outcome.combined(two).summary());
                results.put("twoNodesToOne", Math.round(TaskWork.Outcome.combined(two).perSecond()
                        / TaskWork.Outcome.combined(one).perSecond() * 100) / 100.0);
                results.put("firstFailure", java.util.stream.Stream.concat(one.stream(), two.stream())
                        .map(TaskWork.Outcome::firstFailure).filter(f -> f != null).findFirst().orElse(null));
            } finally {
                second.getOutputStream().close();
                second.waitFor();
            }
        }
        results.put("machineLoad", Machine.load());
        System.out.println("[bench] two nodes = " + results);
        System.exit(0);
    }

    /** Reads the second node's output until it says on which port it listens (its start-up errors otherwise). */
    private static int portOf(Process node) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(READY)) {
                Thread drain = new Thread(() -> output.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(READY.length()).trim());
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("The second node did not start:\n" + seen);
    }

    /** The second node: the application on the benchmark's database, until its standard input closes. */
    public static final class SecondNode {

        private SecondNode() {
        }

        public static void main(String[] args) throws Exception {
            BenchSettings settings = BenchSettings.fromSystemProperties();
            try (RunningApp app = RunningApp.start(new BenchDatabase(settings, DATABASE, "h2-nodes"))) {
                System.out.println(READY + app.rest.port());
                while (System.in.read() >= 0) {
                    // Waits for the benchmark to close this node's input.
                }
            }
            System.exit(0);
        }
    }
}
