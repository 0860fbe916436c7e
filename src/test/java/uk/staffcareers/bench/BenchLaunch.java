package uk.staffcareers.bench;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The trust's launch as HR makes it: the request answers at once, then its progress is read until every case has started. */
final class BenchLaunch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchLaunch() {
    }

    /** Launches the trust's year and waits for its cases; answers the finished launch's progress. */
    static Map<?, ?> trust(RunningApp app, String periodLabel) throws Exception {
        return launch(app, "{\"scope\":\"TRUST\",\"period\":\"" + periodLabel + "\"}");
    }

    /** Launches one school's year and waits for its cases. */
    static Map<?, ?> school(RunningApp app, String school, String periodLabel) throws Exception {
        return launch(app, "{\"scope\":\"SCHOOL\",\"target\":\"" + school + "\",\"period\":\"" + periodLabel + "\"}");
    }

    private static Map<?, ?> launch(RunningApp app, String request) throws Exception {
        Rest.Reply reply = app.rest.post(BenchTrust.HR, "/api/appraisals/launch", request);
        if (reply.status() != 200 && reply.status() != 202) {
            throw new IllegalStateException("The launch answered " + reply.status() + ": " + reply.body());
        }
        Map<?, ?> progress = JSON.readValue(reply.body(), Map.class);
        while (!"FINISHED".equals(progress.get("status"))) {
            Thread.sleep(100);
            progress = JSON.readValue(app.rest.get(BenchTrust.HR, "/api/appraisals/launches/" + progress.get("id"))
                    .expect(200, "The launch's progress").body(), Map.class);
        }
        if (!((java.util.List<?>) progress.get("failed")).isEmpty()) {
            throw new IllegalStateException("Cases failed to start: " + progress.get("failed"));
        }
        return progress;
    }
}
