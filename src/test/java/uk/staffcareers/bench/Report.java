package uk.staffcareers.bench;

import java.util.Map;

/** The results as the table the README shows, with the targets beside them. */
final class Report {

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> results) {
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        Map<String, Object> launch = (Map<String, Object>) results.get("launch");
        Map<String, Object> work = (Map<String, Object>) results.get("taskWork");
        Map<String, Object> app = (Map<String, Object>) work.get("app");
        Map<String, Object> queries = (Map<String, Object>) results.get("queries");
        Map<String, Object> footprint = (Map<String, Object>) results.get("footprint");
        StringBuilder t = new StringBuilder();
        t.append("\nBenchmark on ").append(results.get("database")).append(" | ").append(machine.get("cpu")).append(", ")
                .append(machine.get("cores")).append(" cores, ").append(machine.get("memory")).append(", ")
                .append(machine.get("java")).append("; load average during the run ").append(results.get("machineLoad")).append('\n');
        t.append(String.format("%-48s %14s %14s %8s  %s%n", "Measure", "application", "floor", "ratio", "target"));
        row(t, "Launch: " + launch.get("appCases") + " staff, cases/s", launch.get("appCasesPerSecond"),
                launch.get("floorCasesPerSecond"), launch.get("ratio"), "ratio >= 0.6; 5,000 in < 20 s (" + launch.get("appSeconds")
                        + " s; one run, LaunchBenchmark gives the median of three)");
        row(t, "Task work: " + work.get("users") + " users, completions/s", app.get("completionsPerSecond"),
                work.get("floorCompletionsPerSecond"), work.get("ratio"), "ratio >= 0.9 (median of " + work.get("ratios")
                        + ", spread " + work.get("ratioSpread") + ")");
        row(t, "Task completion p50 / p95 / p99, ms", app.get("p50Ms") + " / " + app.get("p95Ms") + " / " + app.get("p99Ms"),
                floorLatency(work), "", "p95 < 50 ms (PostgreSQL)");
        openLoad(t, "Task completion", (Map<String, Object>) results.get("openLoadCompletions"), "p95 < 100 ms at 50 %, < 250 ms at 80 % (PostgreSQL)");
        openLoad(t, "\"My tasks\"", (Map<String, Object>) results.get("openLoadMyTasks"), "p95 < 100 ms at 50 %, < 250 ms at 80 % (PostgreSQL)");
        String volume = queries.get("finishedCases") + " finished, " + queries.get("openCases") + " open";
        for (String users : new String[] {"Alone", ""}) {
            String who = users.isEmpty() ? work.get("users") + " users" : "1 user";
            row(t, "Tasklist \"My tasks\", " + who + ", p50 / p95, ms", p50p95(queries.get("myTasks" + users)), "", "",
                    "p95 < 100 ms (" + volume + ")");
            row(t, "Headteacher's open cases, " + who + ", p50 / p95, ms", p50p95(queries.get("schoolOpenCases" + users)), "", "",
                    "p95 < 100 ms");
            row(t, "Staff careers overview (headteacher), " + who + ", p50 / p95, ms", p50p95(queries.get("overview" + users)), "", "",
                    "p95 < 300 ms");
        }
        row(t, "Staff careers overview (HR, every school), 1 user, p50 / p95, ms", p50p95(queries.get("overviewTrustAlone")), "", "",
                "p95 < 300 ms");
        row(t, "Start-up: empty / loaded database, s", footprint.get("startupEmptyDatabaseSeconds") + " / "
                + footprint.get("startupLoadedSeconds"), "", "", "");
        row(t, "Heap: after start-up / after the run, MiB", footprint.get("heapAfterStartupMib") + " / "
                + footprint.get("heapAfterRunMib"), "", "", "");
        return t.toString();
    }

    /** Requests arriving at a rate: p50 / p95 / p99 of the application beside the floor's, at each share of its capacity. */
    @SuppressWarnings("unchecked")
    private static void openLoad(StringBuilder t, String what, Map<String, Object> figures, String target) {
        if (figures == null) {
            return;
        }
        for (double share : OpenLoadPhase.SHARES) {
            String rate = Math.round(share * 100) + "%";
            Map<String, Object> app = (Map<String, Object>) figures.get("app" + rate);
            Map<String, Object> floor = (Map<String, Object>) figures.get("floor" + rate);
            row(t, what + " arriving at " + rate + " (" + app.get("offeredPerSecond") + "/s), p50/p95/p99 ms",
                    app.get("p50Ms") + "/" + app.get("p95Ms") + "/" + app.get("p99Ms"),
                    floor.get("p50Ms") + "/" + floor.get("p95Ms") + "/" + floor.get("p99Ms"), "", target);
        }
    }

    @SuppressWarnings("unchecked")
    private static String floorLatency(Map<String, Object> work) {
        Map<String, Object> floor = (Map<String, Object>) work.get("floor");
        return floor.get("p50Ms") + " / " + floor.get("p95Ms") + " / " + floor.get("p99Ms");
    }

    @SuppressWarnings("unchecked")
    private static String p50p95(Object latencies) {
        Map<String, Object> summary = (Map<String, Object>) latencies;
        return summary.get("p50Ms") + " / " + summary.get("p95Ms");
    }

    private static void row(StringBuilder t, String measure, Object app, Object floor, Object ratio, String target) {
        t.append(String.format("%-48s %14s %14s %8s  %s%n", measure, app, floor, ratio, target));
    }
}
