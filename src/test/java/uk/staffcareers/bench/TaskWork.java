package uk.staffcareers.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Simulated users working through cases at once: each takes the next case and completes its tasks in
 * turn through Tasklist's REST call (submit-form) as the task's assignee. Only the completions are timed.
 */
final class TaskWork {

    /** What a user submits for one task, and as whom. */
    interface Submission {
        String user(Task task);

        /** The form's variables as Camunda's REST API takes them, or null when the case's measured steps are done. */
        String variables(Task task);
    }

    /**
     * A run's figures. A completion that lost a race with another node for the same rows (OptimisticLockingException)
     * is counted among the conflicts, and also among the failures.
     */
    record Outcome(int completions, int failures, int conflicts, double seconds, Latencies latencies, String firstFailure) {
        double perSecond() {
            return completions / seconds;
        }

        /** Several runs as one: their completions over their time together, every latency. */
        static Outcome combined(List<Outcome> runs) {
            Latencies all = new Latencies();
            runs.forEach(run -> all.addAll(run.latencies()));
            return new Outcome(runs.stream().mapToInt(Outcome::completions).sum(), runs.stream().mapToInt(Outcome::failures).sum(),
                    runs.stream().mapToInt(Outcome::conflicts).sum(), runs.stream().mapToDouble(Outcome::seconds).sum(), all, null);
        }

        Map<String, Object> summary() {
            Map<String, Object> s = new java.util.LinkedHashMap<>();
            s.put("completions", completions);
            s.put("failures", failures);
            s.put("conflicts", conflicts);
            s.put("seconds", Latencies.round(seconds));
            s.put("completionsPerSecond", Latencies.round(perSecond()));
            s.putAll(latencies.summary());
            return s;
        }
    }

    private TaskWork() {
    }

    static Outcome run(RunningApp app, List<String> caseIds, int users, Submission submission) throws InterruptedException {
        return run(app.bean(TaskService.class), List.of(app.rest), caseIds, users, submission);
    }

    /** The users spread evenly over the nodes, each user always sending to the same node, as a load balancer with sticky sessions would. */
    static Outcome run(TaskService tasks, List<Rest> nodes, List<String> caseIds, int users, Submission submission)
            throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(caseIds);
        Latencies latencies = new Latencies();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long started = System.nanoTime();
        for (int u = 0; u < users; u++) {
            Rest node = nodes.get(u % nodes.size());
            pool.execute(() -> {
                for (String caseId = queue.poll(); caseId != null; caseId = queue.poll()) {
                    for (Task task = openTask(tasks, caseId); task != null; task = openTask(tasks, caseId)) {
                        String variables = submission.variables(task);
                        if (variables == null) {
                            break;
                        }
                        long t0 = System.nanoTime();
                        Rest.Reply reply = node.post(submission.user(task), "/engine-rest/task/" + task.getId() + "/submit-form", variables);
                        latencies.add(System.nanoTime() - t0);
                        if (reply.status() != 204) {
                            failures.incrementAndGet();
                            if (reply.body().contains("OptimisticLocking")) {
                                conflicts.incrementAndGet();
                            }
                            firstFailure.compareAndSet(null, task.getName() + ": " + reply.status() + " " + reply.body());
                            break;
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(latencies.count() - failures.get(), failures.get(), conflicts.get(), seconds, latencies, firstFailure.get());
    }

    /** The case's oldest open task (the in-process query that finds it is not timed). */
    static Task openTask(TaskService tasks, String caseId) {
        return tasks.createTaskQuery().processInstanceId(caseId).orderByTaskCreateTime().asc().listPage(0, 1)
                .stream().findFirst().orElse(null);
    }

    /** {"variables": {"name": {"value": "..."}}}, from names and values in turn. */
    static String variables(String... namesAndValues) {
        return namesAndValues.length == 0 ? "{\"variables\":{}}" : java.util.stream.IntStream.range(0, namesAndValues.length / 2)
                .mapToObj(i -> "\"" + namesAndValues[2 * i] + "\":{\"value\":\"" + namesAndValues[2 * i + 1] + "\"}")
                .collect(Collectors.joining(",", "{\"variables\":{", "}}"));
    }
}
