package uk.staffcareers.bench;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Open-loop load (issue 19, item 1): task completions and *My tasks* queries arriving at 50 % and 80 % of the floor's
 * measured capacity, the floor's and the application's in turn, each at its rate for the same time. What people feel:
 * p50/p95/p99 from the moment each request was due.
 */
final class OpenLoadPhase {

    static final double[] SHARES = {0.5, 0.8};
    private static final double LONGEST_SECONDS = 20;

    private OpenLoadPhase() {
    }

    /** Completions of each case's next task; cases are used once, so the phase lasts as long as both sides have cases for. */
    static Map<String, Object> completions(RunningApp app, List<String> appCases, TaskWork.Submission appSubmission,
            List<String> floorCases, TaskWork.Submission floorSubmission, double floorPerSecond) throws InterruptedException {
        TaskService tasks = app.bean(TaskService.class);
        Iterator<Callable<Boolean>> appRequests = completions(app, tasks, appCases, appSubmission);
        Iterator<Callable<Boolean>> floorRequests = completions(app, tasks, floorCases, floorSubmission);
        int cases = Math.min(appCases.size(), floorCases.size());
        double seconds = Math.min(LONGEST_SECONDS, 0.9 * cases / ((SHARES[0] + SHARES[1]) * floorPerSecond));
        return phases(floorPerSecond, seconds, () -> next(floorRequests), () -> next(appRequests));
    }

    /** The same query at a rate: the application's *My tasks* by people picked at random, the floor's as Camunda alone answers it, for people picked the same way. */
    static Map<String, Object> queries(double floorPerSecond, Function<String, Rest.Reply> appQuery, List<String> people,
            Function<String, Rest.Reply> floorQuery) throws InterruptedException {
        Supplier<Callable<Boolean>> app = () -> () -> appQuery.apply(anyOf(people)).status() == 200;
        Supplier<Callable<Boolean>> floor = () -> () -> floorQuery.apply(anyOf(people)).status() == 200;
        return phases(floorPerSecond, LONGEST_SECONDS / 2, floor, app);
    }

    private static String anyOf(List<String> people) {
        return people.get(ThreadLocalRandom.current().nextInt(people.size()));
    }

    private static Map<String, Object> phases(double floorPerSecond, double seconds, Supplier<Callable<Boolean>> floor,
            Supplier<Callable<Boolean>> app) throws InterruptedException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("floorCapacityPerSecond", Latencies.round(floorPerSecond));
        figures.put("secondsAtEachRate", Latencies.round(seconds));
        for (double share : SHARES) {
            String rate = Math.round(share * 100) + "%";
            figures.put("floor" + rate, OpenLoad.run(share * floorPerSecond, seconds, floor).summary());
            figures.put("app" + rate, OpenLoad.run(share * floorPerSecond, seconds, app).summary());
            System.out.println("[bench] open load at " + rate + " of the floor: floor " + figures.get("floor" + rate) + ", application "
                    + figures.get("app" + rate));
        }
        return figures;
    }

    private static Iterator<Callable<Boolean>> completions(RunningApp app, TaskService tasks, List<String> cases,
            TaskWork.Submission submission) {
        // Each case's open task is found before the phase (an in-process query, not timed).
        return cases.stream().map(caseId -> TaskWork.openTask(tasks, caseId)).filter(Objects::nonNull).map(task -> request(app, task, submission))
                .filter(Objects::nonNull).toList().iterator();
    }

    private static Callable<Boolean> request(RunningApp app, Task task, TaskWork.Submission submission) {
        String variables = submission.variables(task);
        String user = submission.user(task);
        return variables == null ? null
                : () -> app.rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form", variables).status() == 204;
    }

    private static Callable<Boolean> next(Iterator<Callable<Boolean>> requests) {
        return requests.hasNext() ? requests.next() : null;
    }
}
