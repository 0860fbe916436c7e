package uk.staffcareers.overview;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.overview.YearOverview.Overview;
import uk.staffcareers.platform.CurrentUser;

/**
 * The Staff careers page in Cockpit reads this: GET /api/overview/year (optionally ?school=oakfield, ?year=2025/26)
 * as JSON, or one of its tables as CSV with ?format=csv&amp;table=progress|concerns|hlta|plans|overdue|finished|running.
 * Read with the Cockpit session (GET is accepted with the webapps' session) or HTTP Basic, as the signed-in user.
 */
@RestController
@RequestMapping("/api/overview")
class OverviewController {

    static final String SERVER_TIMING = "Server-Timing";
    static final List<String> TABLES = List.of("progress", "concerns", "hlta", "plans", "overdue", "finished", "running");

    private final OverviewScope scope;
    private final YearOverview overview;
    private final CurrentUser user;

    OverviewController(OverviewScope scope, YearOverview overview, CurrentUser user) {
        this.scope = scope;
        this.overview = overview;
        this.user = user;
    }

    @GetMapping("/year")
    ResponseEntity<?> year(@RequestParam(required = false) String school, @RequestParam(required = false) String year,
            @RequestParam(required = false) String format, @RequestParam(required = false) String table) {
        PartTimes times = new PartTimes();
        Overview found = overview.of(scope.of(user.username(), school), year, times);
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok().header(SERVER_TIMING, times.header()).body(found);
        }
        if (!format.equals("csv") || table == null || !TABLES.contains(table)) {
            throw new InvalidInputException("Ask for format=csv with a table: " + String.join(", ", TABLES));
        }
        return ResponseEntity.ok().header(SERVER_TIMING, times.header())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"staff-careers-" + table + "-"
                        + found.year().replace('/', '-') + ".csv\"")
                .body(csv(found, table));
    }

    private static String csv(Overview o, String table) {
        return switch (table) {
            case "progress" -> {
                List<YearProgress.Progress> rows = new ArrayList<>(o.progress());
                if (o.trust() != null) {
                    rows.add(o.trust());
                }
                yield Csv.of(YearProgress.Progress.class, rows);
            }
            case "concerns" -> Csv.of(YearOverview.SchoolConcerns.class, o.concerns());
            case "hlta" -> Csv.of(CaseSteps.StepCount.class, o.hlta());
            case "plans" -> Csv.of(CaseSteps.StepCount.class, o.plans());
            case "overdue" -> Csv.of(OverdueTasks.Overdue.class, o.overdue());
            case "finished" -> Csv.of(FinishedCases.Finished.class, o.finished());
            default -> Csv.of(YearOverview.Running.class, o.running());
        };
    }
}
