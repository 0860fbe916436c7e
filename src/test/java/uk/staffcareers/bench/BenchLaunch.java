package uk.staffcareers.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;

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

    /**
     * Launches last year's for the trust, as in a trust's first September with us: a year is opened only in its own time
     * (or just before), so the engine's clock, which is the application's today, goes back a year meanwhile.
     */
    static Map<?, ?> trustLastYear(RunningApp app, String periodLabel) throws Exception {
        ClockUtil.setCurrentTime(Date.from(LocalDate.now().minusYears(1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
        try {
            return trust(app, periodLabel);
        } finally {
            ClockUtil.reset();
        }
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
