package uk.staffcareers.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.camunda.bpm.engine.FilterService;

/** The two queries measured at volume, made by many users at once through the REST API with authorization on. */
final class TasklistQueries {

    /** Tasklist's own request for the first page of "My tasks" (the filter list, as HAL with the assignees embedded). */
    static final String MY_TASKS_BODY = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"active":true,\
            "sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";

    /**
     * A headteacher's first page of their school's open appraisal cases (as Cockpit lists running instances);
     * tenants keep it to their school. Open cases live in the runtime tables, which finished ones leave.
     */
    static final String SCHOOL_OPEN_CASES = "/engine-rest/process-instance?processDefinitionKey=appraisal-cycle"
            + "&sortBy=businessKey&sortOrder=asc&firstResult=0&maxResults=50";

    private TasklistQueries() {
    }

    /** Tasklist's request for a person's first page of "My tasks", as that person. */
    static Function<String, Rest.Reply> myTasks(RunningApp app) {
        String filterId = app.bean(FilterService.class).createFilterQuery().filterName("My tasks").singleResult().getId();
        String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        return user -> app.rest.post(user, path, MY_TASKS_BODY, "application/hal+json");
    }

    /**
     * The floor's: Camunda's own list of a person's tasks (no filter, no HAL, nothing of ours), asked by the administrator.
     * Not the administrator's own tasks: the floor's thousands are assigned to the administrator, and the engine's
     * per-task grants to the assignee, which Camunda checks for an administrator too, made that one list cost 0.4 s.
     */
    static Function<String, Rest.Reply> floorMyTasks(RunningApp app) {
        return user -> app.rest.get("admin", "/engine-rest/task?assignee=" + user + "&maxResults=15");
    }

    /** Each of {@code users} threads makes {@code perUser} requests, each as a user picked at random. */
    static Latencies measure(int users, int perUser, List<String> askers, Function<String, Rest.Reply> request)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            pool.execute(() -> {
                for (int i = 0; i < perUser; i++) {
                    String asker = askers.get(ThreadLocalRandom.current().nextInt(askers.size()));
                    long t0 = System.nanoTime();
                    request.apply(asker).expect(200, asker + "'s query");
                    latencies.add(System.nanoTime() - t0);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return latencies;
    }
}
