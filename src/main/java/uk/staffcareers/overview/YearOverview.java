package uk.staffcareers.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.overview.CaseSteps.StepCount;
import uk.staffcareers.overview.FinishedCases.Finished;
import uk.staffcareers.overview.OverviewScope.Viewer;
import uk.staffcareers.overview.YearProgress.Progress;
import uk.staffcareers.platform.RunningCases;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.School;

/** The Staff careers overview of the schools a headteacher or the central team oversees (see OverviewScope). */
@Service
class YearOverview {

    static final int RUNNING_LIMIT = 200;
    /** The overdue tasks listed, longest overdue first; the page gives the count of all. */
    static final int OVERDUE_LIMIT = 200;

    /** Open concerns and capability cases of a school whose viewer may know of them. */
    record SchoolConcerns(String school, String schoolName, int concernsOpen, int capabilityCasesOpen) {
    }

    /** A running case, the person by name beside the key that Cockpit shows. */
    record Running(String school, String schoolName, String person, String businessKey, String process, String started) {
    }

    /**
     * Everything the Cockpit page shows; {@code trust} sums the schools when there is more than one; {@code overdueCount}
     * counts every overdue task, of which the {@link #OVERDUE_LIMIT} longest overdue are listed; {@code moreRunning} says
     * there are more running cases than the {@link #RUNNING_LIMIT} listed.
     */
    record Overview(String year, String yearText, List<Progress> progress, Progress trust, List<SchoolConcerns> concerns,
            List<StepCount> hlta, List<StepCount> plans, List<OverdueTasks.Overdue> overdue, long overdueCount, List<Finished> finished,
            List<Running> running, boolean moreRunning) {
    }

    private final YearProgress progress;
    private final CaseSteps steps;
    private final FinishedCases finished;
    private final OverdueTasks overdue;
    private final RunningCases running;
    private final Clock clock;

    YearOverview(YearProgress progress, CaseSteps steps, FinishedCases finished, OverdueTasks overdue, RunningCases running,
            Clock clock) {
        this.progress = progress;
        this.steps = steps;
        this.finished = finished;
        this.overdue = overdue;
        this.running = running;
        this.clock = clock;
    }

    /**
     * One read-only transaction for the whole page: one connection from the pool instead of one per query, and figures
     * that agree with each other. Each part is timed into {@code times}.
     */
    @Transactional(readOnly = true)
    Overview of(Viewer viewer, String yearLabel, PartTimes times) {
        LocalDate today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        AppraisalPeriod year = yearLabel == null || yearLabel.isBlank() ? AppraisalPeriod.containing(today) : AppraisalPeriod.of(yearLabel);
        Map<String, String> names = new LinkedHashMap<>();
        viewer.schools().forEach(s -> names.put(s.id(), s.name()));
        List<Progress> bySchool = times.time("progress", () -> List.copyOf(progress.of(year, names).values()));
        Progress trust = bySchool.size() < 2 ? null
                : bySchool.stream().reduce(Progress.empty(null, "All schools"), (a, b) -> a.plus(b, null, "All schools"));
        List<String> known = viewer.schools().stream().filter(viewer::mayKnowConcerns).map(School::id).toList();
        List<SchoolConcerns> concerns = times.time("concerns", () -> steps.concerns(known)).entrySet().stream()
                .map(e -> new SchoolConcerns(e.getKey(), names.get(e.getKey()), e.getValue().concernsOpen(), e.getValue().capabilityCasesOpen()))
                .toList();
        List<StepCount> hlta = times.time("hlta", () -> steps.hlta(names));
        List<StepCount> plans = times.time("plans", () -> steps.plans(names));
        OverdueTasks.Longest late = times.time("overdue", () -> overdue.of(viewer.schools(), today, OVERDUE_LIMIT));
        List<Finished> ended = times.time("finished", () -> finished.before(year, names));
        List<Running> cases = times.time("running", () -> running.of(viewer.schoolIds(), RUNNING_LIMIT + 1)).stream()
                .map(c -> new Running(c.tenantId(), names.get(c.tenantId()), c.staffName(), c.businessKey(), c.process(),
                        c.started() == null ? null : WorkingDays.spoken(c.started().atZone(SchoolTime.ZONE).toLocalDate())))
                .toList();
        boolean more = cases.size() > RUNNING_LIMIT;
        return new Overview(year.label(), year.spoken(), bySchool, trust, concerns, hlta, plans, late.tasks(), late.count(), ended,
                cases.stream().limit(RUNNING_LIMIT).toList(), more);
    }
}
