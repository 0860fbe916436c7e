package uk.staffcareers.appraisal;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a launch of the appraisal year stands: of everyone in scope, how many cases started, already existed, are still
 * waiting to start, were left out (and why) or failed (and why), by name. Answered at once by the launch and, while the
 * cases start in the background, by GET /api/appraisals/launches/{id}.
 */
public record LaunchProgress(String id, String period, String forWhom, String launchedBy, LocalDateTime launchedAt,
        LocalDateTime finishedAt, int total, int started, int alreadyStarted, int waiting, List<String> leftOut,
        List<String> failed) {

    @JsonProperty
    public String status() {
        return finishedAt == null ? "RUNNING" : "FINISHED";
    }

    public String text() {
        return "Appraisal year " + period + " for " + forWhom + ": " + started + " case(s) started, " + alreadyStarted
                + " already existed" + (waiting == 0 ? "" : ", " + waiting + " still to start")
                + (leftOut.isEmpty() ? "" : "; left out: " + String.join("; ", leftOut))
                + (failed.isEmpty() ? "" : "; could not start: " + String.join("; ", failed)) + ".";
    }
}
