package uk.staffcareers.appraisal;

import static uk.staffcareers.InvalidInputException.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Launches the appraisal year: one case per employee per period, never two. Who is in scope and what happens to
 * each is planned and recorded at once (LaunchStore); the cases then start one transaction each (LaunchRunner), so
 * a failure names one employee and leaves the others started. Joiners' cases start here too.
 */
@Service
public class AppraisalLaunch {

    public enum Scope { STAFF, SCHOOL, TRUST }

    /** Starts one appraisal case; the engine side of the launch. */
    public interface CaseStarter {
        void start(String businessKey, String staffId, AppraisalPeriod period, String launchedBy);
    }

    private final StaffDirectory directory;
    private final CaseStarter starter;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LaunchStore launches;
    private final LaunchRunner runner;

    AppraisalLaunch(StaffDirectory directory, CaseStarter starter, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            LaunchStore launches, LaunchRunner runner) {
        this.directory = directory;
        this.starter = starter;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.launches = launches;
        this.runner = runner;
    }

    /**
     * Plans the launch at once (who is in scope, who already has a case, who is left out and why), then starts the cases:
     * in this request for one member of staff, in the background for a school or the trust (LaunchRunner). The answer is
     * the launch's progress, finished or not.
     */
    public LaunchProgress launch(Scope scope, String target, String periodLabel, String launchedBy) {
        if (scope == null) {
            throw new InvalidInputException("Say for whom: one member of staff (STAFF), a school (SCHOOL) or the trust (TRUST)");
        }
        StaffMember launcher = directory.findByUsername(launchedBy)
                .orElseThrow(() -> new InvalidInputException("'" + launchedBy + "' is not in the staff directory"));
        AppraisalPeriod period = periodLabel == null || periodLabel.isBlank()
                ? AppraisalPeriod.containing(LocalDate.now(clock)) : AppraisalPeriod.of(periodLabel).requireOpenableOn(LocalDate.now(clock));
        List<StaffMember> staff = inScope(scope, target, launcher);
        LaunchStore.Launch launch = new LaunchStore.Launch(UUID.randomUUID().toString(), launcher.trustId(), period.label(),
                scope.name(), forWhom(scope, target, staff), launchedBy);
        List<LaunchStore.Item> items = items(staff, period);
        if (scope == Scope.STAFF) {
            // One person: planned and started together, so that a case which cannot start is refused with nothing kept.
            transactions.executeWithoutResult(tx -> {
                launches.create(launch, items, LocalDateTime.now(clock));
                runner.runNow(launch);
            });
        } else {
            transactions.executeWithoutResult(tx -> launches.create(launch, items, LocalDateTime.now(clock)));
            if (runner.inBackground(scope)) {
                runner.submit(launch.id());
            } else {
                runner.runNow(launch);
            }
        }
        return launches.progress(launch, launcher.fullName());
    }

    /** Everyone in scope with what the launch does for them: start a case, nothing (one exists), or leave them out. */
    private List<LaunchStore.Item> items(List<StaffMember> staff, AppraisalPeriod period) {
        Set<String> existing = staffWithCases(period);
        Map<String, LocalDate> inductions = directory.inductionsRunningOn(period.start());
        return staff.stream().map(member -> {
            String reason = reasonToLeaveOut(member, period, inductions.get(member.id()));
            LaunchStore.Outcome outcome = reason != null ? LaunchStore.Outcome.LEFT_OUT
                    : existing.contains(member.id()) ? LaunchStore.Outcome.EXISTED : LaunchStore.Outcome.WAITING;
            return new LaunchStore.Item(member.id(), member.fullName(), outcome, reason);
        }).toList();
    }

    private String forWhom(Scope scope, String target, List<StaffMember> staff) {
        return switch (scope) {
            case TRUST -> "the whole trust";
            case SCHOOL -> directory.schoolByCodeOrName(target).map(School::name).orElse(target);
            case STAFF -> staff.get(0).fullName();
        };
    }

    /**
     * Joiners: in each school whose year has been launched, everyone who has started since that launch (their first day
     * has come) and has no case of the year yet gets one, from their first day (a mid-year starter's shortened period),
     * started by the application.
     * Anyone the launch would leave out (an early career teacher in induction, a leaver) is left out here too.
     */
    public List<String> startJoiners() {
        LocalDate today = LocalDate.now(clock);
        AppraisalPeriod period = AppraisalPeriod.containing(today);
        Map<String, LocalDate> launchedOn = new java.util.HashMap<>();
        jdbc.sql("""
                select s.school_id, min(a.launched_at) as first_launched_at from appraisal a join staff_member s on s.id = a.staff_id
                where a.period_label = ? and s.school_id is not null group by s.school_id""").param(period.label())
                .query(SchoolLaunch.class).list().forEach(row -> launchedOn.put(row.schoolId(), row.firstLaunchedAt().toLocalDate()));
        Set<String> existing = staffWithCases(period);
        Set<String> left = directory.leftIds();
        Map<String, LocalDate> inductions = directory.inductionsRunningOn(period.start());
        List<String> started = new ArrayList<>();
        launchedOn.forEach((school, launched) -> directory.inSchool(school).stream()
                .filter(m -> m.startDate() != null && m.startDate().isAfter(launched) && !m.startDate().isAfter(today))
                .filter(m -> !existing.contains(m.id()) && !left.contains(m.id()))
                .filter(m -> reasonToLeaveOut(m, period, inductions.get(m.id())) == null)
                .forEach(joiner -> {
                    transactions.executeWithoutResult(tx -> start(joiner, period, ""));
                    started.add(joiner.id());
                }));
        return started;
    }

    /** Who has a case of the year already: read once for a whole launch, not once per employee. */
    private Set<String> staffWithCases(AppraisalPeriod period) {
        return jdbc.sql("select staff_id from appraisal where period_label = ?").param(period.label()).query(String.class).set();
    }

    private void start(StaffMember member, AppraisalPeriod period, String launchedBy) {
        try {
            starter.start(period.businessKey(member.id()), member.id(), period.forStaff(member), launchedBy);
        } catch (RuntimeException e) {
            throw cannotStart(member.fullName(), member.id(), e);
        }
    }

    /** The refusal when a case cannot start, naming its employee: the same for a launch and for a joiner. */
    static CaseStateException cannotStart(String name, String staffId, RuntimeException cause) {
        return CaseStateException.notNow("The appraisal case of " + name + " (" + staffId + ") could not start: " + cause.getMessage());
    }

    private List<StaffMember> inScope(Scope scope, String target, StaffMember launcher) {
        boolean central = launcher.role().centralTeam();
        return switch (scope) {
            case TRUST -> {
                if (!central) {
                    throw new NotAllowedException("Only the trust's central team (HR, the CEO) launches the whole trust");
                }
                yield directory.all().stream().filter(s -> s.trustId() != null && s.trustId().equals(launcher.trustId())).toList();
            }
            case SCHOOL -> {
                String named = requireText(target, "Say which school");
                String school = directory.schoolByCodeOrName(named).map(School::id).orElseThrow(() -> new InvalidInputException(
                        "There is no school '" + named + "': give its name, e.g. " + directory.schools().stream().filter(s -> s.trustId().equals(launcher.trustId())).map(School::name)
                                .collect(java.util.stream.Collectors.joining(" or "))));
                mayLaunchFor(launcher, school);
                yield directory.inSchool(school);
            }
            case STAFF -> {
                StaffMember member = directory.get(requireText(target, "Give the staff number"));
                mayLaunchFor(launcher, member.schoolId());
                yield List.of(member);
            }
        };
    }

    private static void mayLaunchFor(StaffMember launcher, String schoolId) {
        boolean ownHead = launcher.role() == Role.HEADTEACHER && launcher.schoolId().equals(schoolId);
        if (!launcher.role().centralTeam() && !ownHead) {
            throw new NotAllowedException("Only the headteacher of that school, HR or the CEO launches its appraisals");
        }
    }

    /** Who the appraisal policy does not cover this period, and why; the CEO is covered (the chair of trustees appraises her). */
    private static String reasonToLeaveOut(StaffMember member, AppraisalPeriod period, LocalDate inductionEnds) {
        if (!member.role().schoolBased() && member.role() != Role.HR_ADVISER && member.role() != Role.CEO) {
            return "not employed by the trust";
        }
        if (member.contractEnd() != null && member.contractEnd().isBefore(period.start())) {
            return "contract ended before the period";
        }
        if (member.startDate() != null && member.startDate().isAfter(period.end())) {
            return "starts after the period, on " + WorkingDays.spoken(member.startDate());
        }
        return inductionEnds == null ? null : "early career teacher in the induction year (until " + WorkingDays.spoken(inductionEnds) + ")";
    }

    private record SchoolLaunch(String schoolId, LocalDateTime firstLaunchedAt) {
    }
}
