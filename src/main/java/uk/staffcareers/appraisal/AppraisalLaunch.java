package uk.staffcareers.appraisal;

import static uk.staffcareers.InvalidInputException.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Launches the appraisal year: one case per employee per period, never two. Each case starts in a
 * transaction of its own (or the caller's, when a process launches), so a failure names one employee
 * and leaves the cases before it started. (Batches of 25 cases to a transaction were no faster on
 * PostgreSQL here, within the benchmark's noise: README "Benchmark".)
 */
@Service
public class AppraisalLaunch {

    public enum Scope { STAFF, SCHOOL, TRUST }

    /** Starts one appraisal case; the engine side of the launch. */
    public interface CaseStarter {
        void start(String businessKey, String staffId, AppraisalPeriod period, String launchedBy);
    }

    public record Summary(String period, int started, int alreadyStarted, List<String> leftOut) {
        public String text() {
            return "Appraisal year " + period + ": " + started + " case(s) started, " + alreadyStarted + " already existed"
                    + (leftOut.isEmpty() ? "." : "; left out: " + String.join("; ", leftOut) + ".");
        }
    }

    private final StaffDirectory directory;
    private final CaseStarter starter;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AppraisalLaunch(StaffDirectory directory, CaseStarter starter, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.directory = directory;
        this.starter = starter;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Summary launch(Scope scope, String target, String periodLabel, String launchedBy) {
        if (scope == null) {
            throw new InvalidInputException("Say for whom: one member of staff (STAFF), a school (SCHOOL) or the trust (TRUST)");
        }
        StaffMember launcher = directory.findByUsername(launchedBy)
                .orElseThrow(() -> new InvalidInputException("'" + launchedBy + "' is not in the staff directory"));
        AppraisalPeriod period = periodLabel == null || periodLabel.isBlank()
                ? AppraisalPeriod.containing(LocalDate.now(clock)) : AppraisalPeriod.of(periodLabel).requireOpenableOn(LocalDate.now(clock));
        List<StaffMember> staff = inScope(scope, target, launcher);
        Set<String> existing = staffWithCases(period);
        Map<String, LocalDate> inductions = directory.inductionsRunningOn(period.start());
        int started = 0;
        int alreadyStarted = 0;
        List<String> leftOut = new ArrayList<>();
        for (StaffMember member : staff) {
            String reason = reasonToLeaveOut(member, period, inductions.get(member.id()));
            if (reason != null) {
                leftOut.add(member.fullName() + " (" + member.id() + "): " + reason);
            } else if (existing.contains(member.id())) {
                alreadyStarted++;
            } else {
                transactions.executeWithoutResult(tx -> start(member, period, launchedBy));
                started++;
            }
        }
        return new Summary(period.label(), started, alreadyStarted, leftOut);
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
                select s.school_id, min(a.launched_at) from appraisal a join staff_member s on s.id = a.staff_id
                where a.period_label = ? and s.school_id is not null group by s.school_id""").param(period.label())
                .query((rs, n) -> launchedOn.put(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toLocalDate())).list();
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
            throw CaseStateException.notNow("The appraisal case of " + member.fullName() + " (" + member.id()
                    + ") could not start: " + e.getMessage());
        }
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
}
