package uk.staffcareers.overview;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.appraisal.AppraisalDates;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;

/**
 * How far each school's appraisal year has gone, from the appraisal table: one row per appraisal of the year
 * (found through the school's staff and the unique key staff and period), counted here so that each case's
 * objectives deadline is the one it was given when it opened (the policy's date, or the late-start weeks from
 * the launch, never after the period's end).
 */
@Component
class YearProgress {

    /** One school's year; objectives are "set" when agreed, determined by the appraiser after a disagreement, or set with no answer. */
    record Progress(String school, String schoolName, int cases, int objectivesOnTime, int objectivesLate, int objectivesNotYet,
            int interimReviewsHeld, int assessmentsDone, int payDecisions, int appealsOpen, int left) {

        static Progress empty(String school, String schoolName) {
            return new Progress(school, schoolName, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        Progress plus(Progress o, String school, String schoolName) {
            return new Progress(school, schoolName, cases + o.cases, objectivesOnTime + o.objectivesOnTime,
                    objectivesLate + o.objectivesLate, objectivesNotYet + o.objectivesNotYet,
                    interimReviewsHeld + o.interimReviewsHeld, assessmentsDone + o.assessmentsDone, payDecisions + o.payDecisions,
                    appealsOpen + o.appealsOpen, left + o.left);
        }
    }

    /** One appraisal of the year as read. */
    private record Row(String school, String trust, AppraisalPeriod period, LocalDate launchedOn, LocalDateTime objectivesSettled,
            boolean assessed, boolean payDecided, String status, boolean interimReview) {
    }

    static final Set<String> APPEAL_OPEN = Set.of("APPEAL", "APPEAL_REVIEWED", "APPEAL_HEARING");
    static final String LEFT = "LEFT_EMPLOYMENT";

    private final JdbcClient jdbc;
    private final PolicySettings policies;

    YearProgress(JdbcClient jdbc, PolicySettings policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    /** Per school, in the order given; schools without appraisals this year show zeros. */
    Map<String, Progress> of(AppraisalPeriod year, Map<String, String> schoolNames) {
        Map<String, Progress> bySchool = new LinkedHashMap<>();
        schoolNames.forEach((id, name) -> bySchool.put(id, Progress.empty(id, name)));
        if (schoolNames.isEmpty()) {
            return bySchool;
        }
        // The rows first, then the trusts' policies: a look-up inside the row mapper would take a second connection while the
        // first is held, and enough pages at once would then wait on each other for the pool.
        List<Row> rows = jdbc.sql("""
                select s.school_id, s.trust_id, a.period_start, a.period_end, a.launched_at, a.objectives_settled_at,
                  a.assessed_at, a.pay_decided_at, a.status,
                  case when exists (select 1 from appraisal_interim_review r where r.appraisal_id = a.id) then 1 else 0 end interim_reviews
                from %s
                and a.period_label = :year and s.school_id in (:schools)""".formatted(
                        CaseRoute.from(schoolNames.keySet(), "appraisal", "a", "a.period_label = :year")))
                .param("year", year.label()).param("schools", List.copyOf(schoolNames.keySet()))
                .query((rs, n) -> new Row(rs.getString("school_id"), rs.getString("trust_id"),
                        new AppraisalPeriod(year.label(), rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate()),
                        rs.getTimestamp("launched_at").toLocalDateTime().toLocalDate(), at(rs.getTimestamp("objectives_settled_at")),
                        rs.getTimestamp("assessed_at") != null, rs.getTimestamp("pay_decided_at") != null, rs.getString("status"),
                        rs.getInt("interim_reviews") > 0))
                .list();
        Map<String, TrustPolicy> policyOfTrust = new HashMap<>();
        for (Row row : rows) {
            TrustPolicy policy = policyOfTrust.computeIfAbsent(row.trust(), policies::forTrust);
            LocalDate deadline = AppraisalDates.objectivesDeadline(row.period(), policy.objectivesDeadline(), row.launchedOn(),
                    policy.lateStartObjectivesWeeks());
            LocalDateTime settled = row.objectivesSettled();
            Progress one = new Progress(row.school(), schoolNames.get(row.school()), 1,
                    settled != null && !settled.toLocalDate().isAfter(deadline) ? 1 : 0,
                    settled != null && settled.toLocalDate().isAfter(deadline) ? 1 : 0,
                    settled == null ? 1 : 0,
                    row.interimReview() ? 1 : 0,
                    row.assessed() ? 1 : 0,
                    row.payDecided() ? 1 : 0,
                    APPEAL_OPEN.contains(row.status()) ? 1 : 0,
                    LEFT.equals(row.status()) ? 1 : 0);
            bySchool.merge(row.school(), one, (a, b) -> a.plus(b, row.school(), schoolNames.get(row.school())));
        }
        return bySchool;
    }

    private static LocalDateTime at(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
