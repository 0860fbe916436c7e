package uk.staffcareers.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * What authentication costs a REST request (issue 19, item 4): the same "My tasks" query by {@code bench.users} people at
 * once, with each login verified from scratch (the password hash checked, groups and schools looked up: the cache of
 * verified logins emptied before every request) and with the login already established (kept for a minute). Its own
 * database. Run with {@code ./mvnw -Pbench verify -Dbench.main=uk.staffcareers.bench.AuthenticationBenchmark [-Dbench.db=postgres]}.
 */
public final class AuthenticationBenchmark {

    private static final int PEOPLE = 200;

    private AuthenticationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchDatabase database = new BenchDatabase(settings, "staffcareers_auth_bench", "h2-auth");
        database.recreate();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        try (RunningApp app = RunningApp.start(database)) {
            List<String> people = people(app.bean(IdentityService.class));
            // The cache is the application's own (package-private) bean: the benchmark empties it as a change would.
            Object cache = app.context.getBean("verifiedLogins");
            Method forget = cache.getClass().getDeclaredMethod("forget");
            forget.setAccessible(true);
            Function<String, Rest.Reply> established = user -> app.rest.get(user, "/engine-rest/task?assignee=" + user + "&maxResults=15");
            Function<String, Rest.Reply> verifiedEachTime = user -> {
                try {
                    forget.invoke(cache);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                return established.apply(user);
            };
            TasklistQueries.measure(4, 50, people, established); // warm-up
            for (int users : List.of(1, settings.users())) {
                Map<String, Object> verified = TasklistQueries.measure(users, settings.queriesPerUser(), people, verifiedEachTime).summary();
                Map<String, Object> kept = TasklistQueries.measure(users, settings.queriesPerUser(), people, established).summary();
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("verifiedEachTime", verified);
                figures.put("established", kept);
                figures.put("p50Ratio", Latencies.round((Double) verified.get("p50Ms") / (Double) kept.get("p50Ms")));
                figures.put("p95Ratio", Latencies.round((Double) verified.get("p95Ms") / (Double) kept.get("p95Ms")));
                results.put(users + (users == 1 ? " user" : " users"), figures);
                System.out.println("[bench] authentication, " + users + " at once = " + figures);
            }
        }
        System.out.println("[bench] authentication = " + results);
        System.exit(0);
    }

    /** People with a password and, like staff, a few groups and a school. */
    private static List<String> people(IdentityService identity) {
        identity.saveTenant(identity.newTenant("bench-school"));
        for (String group : List.of("bench-staff", "bench-teaching-assistants")) {
            identity.saveGroup(identity.newGroup(group));
        }
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= PEOPLE; i++) {
            User user = identity.newUser("bench.person" + i);
            user.setPassword(Rest.PASSWORD);
            user.setFirstName("Bench");
            user.setLastName("Person " + i);
            identity.saveUser(user);
            identity.createMembership(user.getId(), "bench-staff");
            identity.createMembership(user.getId(), "bench-teaching-assistants");
            identity.createTenantUserMembership("bench-school", user.getId());
            people.add(user.getId());
        }
        return people;
    }
}
