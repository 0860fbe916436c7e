package uk.staffcareers.overview;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.policy.WorkingDays;

/**
 * Cases of earlier years that have ended, with their outcome: appraisals of earlier periods, HLTA candidacies
 * and development plans closed before this year began. Community Cockpit lists running cases only, so this is
 * where a headteacher finds them. The newest {@link #LIMIT} (the page and its CSV say so; no total, which would count
 * every earlier year).
 */
@Component
class FinishedCases {

    static final int LIMIT = 200;

    /** One finished case, the person by name and the outcome in words. */
    record Finished(String school, String schoolName, String person, String kind, String year, String outcome) {
    }

    private final JdbcClient jdbc;

    FinishedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Finished> before(AppraisalPeriod year, Map<String, String> schools) {
        if (schools.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.copyOf(schools.keySet());
        List<Finished> found = new ArrayList<>();
        // Year by year from the newest, each found by the index on period_label (its first entry below, not a scan), so the newest
        // are found without sorting every earlier year's rows.
        for (String label = yearBefore(year.label()); label != null && found.size() < LIMIT; label = yearBefore(label)) {
            found.addAll(appraisals(label, ids, schools, LIMIT - found.size()));
        }
        found.addAll(closed("hlta_candidacy", "closed_at", "HLTA candidacy", ids, year, schools));
        found.addAll(closed("development_plan", "evaluated_at", "Development plan", ids, year, schools));
        found.sort(Comparator.comparing(Finished::year).reversed().thenComparing(Finished::schoolName).thenComparing(Finished::person));
        return found.stream().limit(LIMIT).toList();
    }

    private String yearBefore(String label) {
        return jdbc.sql("select period_label from appraisal where period_label < ? order by period_label desc fetch first 1 rows only")
                .param(label).query(String.class).optional().orElse(null);
    }

    private List<Finished> appraisals(String label, List<String> ids, Map<String, String> schools, int limit) {
        // One school through its staff; every school through the year's index (CaseRoute).
        String from = CaseRoute.from(ids, "appraisal", "a", "a.period_label = :label");
        return jdbc.sql("""
                select s.school_id, s.first_name, s.last_name, a.period_label, a.status, a.pay_decision, a.appeal_outcome,
                  a.pay_review_outcome, a.left_on
                from %s
                and a.period_label = :label and s.school_id in (:schools) and a.status in ('COMPLETED', 'LEFT_EMPLOYMENT')
                order by s.last_name, s.first_name
                fetch first %d rows only""".formatted(from, limit))
                .param("schools", ids).param("label", label)
                .query((rs, n) -> new Finished(rs.getString("school_id"), schools.get(rs.getString("school_id")),
                        rs.getString("first_name") + " " + rs.getString("last_name"), "Appraisal", rs.getString("period_label"),
                        appraisalOutcome(rs.getString("pay_decision"), rs.getString("pay_review_outcome"), rs.getString("appeal_outcome"),
                                rs.getDate("left_on"))))
                .list();
    }

    /**
     * HLTA candidacies or development plans that ended before the year began, newest first: every school's through the index
     * on {@code ended} (V40), stopping at the page's end, rather than sorting every finished one (CaseRoute).
     */
    private List<Finished> closed(String table, String ended, String kind, List<String> ids, AppraisalPeriod year,
            Map<String, String> schools) {
        String from = CaseRoute.from(ids, table, "c");
        return jdbc.sql("""
                select s.school_id, s.first_name, s.last_name, c.%2$s ended, c.status from %1$s
                and s.school_id in (:schools) and c.%2$s < :start
                order by c.%2$s desc fetch first %3$d rows only""".formatted(from, ended, LIMIT))
                .param("schools", ids).param("start", Timestamp.valueOf(year.start().atStartOfDay()))
                .query((rs, n) -> new Finished(rs.getString("school_id"), schools.get(rs.getString("school_id")),
                        rs.getString("first_name") + " " + rs.getString("last_name"), kind,
                        AppraisalPeriod.containing(rs.getTimestamp("ended").toLocalDateTime().toLocalDate()).label(),
                        OUTCOMES.getOrDefault(rs.getString("status"), rs.getString("status").toLowerCase().replace('_', ' '))))
                .list();
    }

    private static final Map<String, String> OUTCOMES = Map.of("IN_ROLE", "HLTA status awarded, in the role",
            "AWARDED", "HLTA status awarded", "WITHDRAWN", "Withdrawn", "LAPSED", "Lapsed: a deadline was missed",
            "NOT_AWARDED", "Not awarded", "EVALUATED", "Evaluated");

    static String appraisalOutcome(String payDecision, String reviewOutcome, String appealOutcome, Date leftOn) {
        if (leftOn != null) {
            return "Left on " + WorkingDays.spoken(leftOn.toLocalDate());
        }
        String pay = payDecision == null ? "Completed" : "PROGRESSION".equals(payDecision) ? "Pay progression" : "No pay progression";
        if ("UPHELD".equals(reviewOutcome) || "UPHELD".equals(appealOutcome)) {
            return pay + " (after an appeal was upheld)";
        }
        return appealOutcome != null || reviewOutcome != null ? pay + " (appeal not upheld)" : pay;
    }
}
