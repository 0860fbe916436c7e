package uk.staffcareers.overview;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open HLTA candidacies and development plans by the step they are at, and open concerns and capability cases,
 * per school, from the application's own tables (counted by status): a school's through its staff, every school's from
 * the case table, which holds a trust's open cases and few more (CaseRoute).
 */
@Component
class CaseSteps {

    /** How many of a school's open cases of one kind are at one step, the step in words. */
    record StepCount(String school, String schoolName, String step, int count, @JsonIgnore int order) {
    }

    /** A school's open performance concerns and capability cases. */
    record ConcernCounts(int concernsOpen, int capabilityCasesOpen) {
    }

    private static final Map<String, String> HLTA_STEPS = steps(
            "READINESS", "Readiness discussion", "NOT_YET_READY", "Not yet ready: development first",
            "PREPARATION", "Preparation and registration", "ASSESSMENT", "Assessment", "NOT_AWARDED", "Not awarded: reassessment",
            "AWARDED", "Awarded: moving into the role");
    private static final Map<String, String> PLAN_STEPS = steps(
            "RAISED", "1. Need identified", "CLARIFIED", "2. Need clarified", "DECIDED", "3. Route decided",
            "AGREED", "4. Agreed and under way");

    private final JdbcClient jdbc;

    CaseSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StepCount> hlta(Map<String, String> schools) {
        return byStep("hlta_candidacy", "c.closed_at is null", HLTA_STEPS, schools);
    }

    List<StepCount> plans(Map<String, String> schools) {
        return byStep("development_plan", "c.status <> 'EVALUATED'", PLAN_STEPS, schools);
    }

    Map<String, ConcernCounts> concerns(List<String> schools) {
        Map<String, ConcernCounts> counts = new LinkedHashMap<>();
        schools.forEach(s -> counts.put(s, new ConcernCounts(0, 0)));
        if (schools.isEmpty()) {
            return counts;
        }
        count("performance_concern", "c.status in ('RAISED', 'SUPPORT')", schools)
                .forEach((school, n) -> counts.merge(school, new ConcernCounts(n, 0), (a, b) -> new ConcernCounts(b.concernsOpen(), a.capabilityCasesOpen())));
        count("capability_case", "c.status not in ('CLOSED', 'IMPROVED', 'DISMISSED')", schools)
                .forEach((school, n) -> counts.merge(school, new ConcernCounts(0, n), (a, b) -> new ConcernCounts(a.concernsOpen(), b.capabilityCasesOpen())));
        return counts;
    }

    private Map<String, Integer> count(String table, String open, List<String> schools) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select s.school_id, count(*) n from " + CaseRoute.from(schools, table, "c")
                + " and s.school_id in (:schools) and " + open + " group by s.school_id")
                .param("schools", schools)
                .query((rs, n) -> counts.put(rs.getString("school_id"), rs.getInt("n"))).list();
        return counts;
    }

    private List<StepCount> byStep(String table, String open, Map<String, String> steps, Map<String, String> schools) {
        if (schools.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select s.school_id, c.status, count(*) n from " + CaseRoute.from(schools.keySet(), table, "c")
                + " and s.school_id in (:schools) and " + open + " group by s.school_id, c.status")
                .param("schools", List.copyOf(schools.keySet()))
                .query((rs, n) -> new StepCount(rs.getString("school_id"), schools.get(rs.getString("school_id")),
                        steps.getOrDefault(rs.getString("status"), rs.getString("status")), rs.getInt("n"),
                        List.copyOf(steps.keySet()).indexOf(rs.getString("status"))))
                .list().stream()
                .sorted(Comparator.comparing(StepCount::schoolName).thenComparing(StepCount::order))
                .toList();
    }

    private static Map<String, String> steps(String... statusesAndWords) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < statusesAndWords.length; i += 2) {
            words.put(statusesAndWords[i], statusesAndWords[i + 1]);
        }
        return words;
    }
}
