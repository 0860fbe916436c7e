package uk.staffcareers.standards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.staffcareers.staff.CareerStage;

/**
 * The trust's career-stage expectations (shipped by migration V7): what appraisers align support
 * staff's objectives with, and the areas teachers' objectives focus on.
 */
@Repository
public class CareerStageExpectations {

    /** One stage at one level: the role profile, and the expectations by area (all-level ones first). */
    public record StageExpectations(CareerStage stage, int level, Map<String, String> profile,
            Map<String, List<String>> expectationsByArea) {
    }

    private final JdbcClient jdbc;

    CareerStageExpectations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StageExpectations of(CareerStage stage, int level) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("A career-stage level is 1 to 3, not " + level);
        }
        Map<String, String> profile = jdbc.sql("select aspect, description from career_stage_profile where stage = ?")
                .param(stage.name()).query(Aspect.class).list().stream()
                .collect(Collectors.toMap(Aspect::aspect, Aspect::description, (a, b) -> a, LinkedHashMap::new));
        List<Expectation> rows = jdbc.sql("""
                select area, description from career_stage_expectation
                where stage = ? and (stage_level is null or stage_level = ?) order by stage_level nulls first, id""")
                .params(stage.name(), level).query(Expectation.class).list();
        Map<String, List<String>> byArea = rows.stream().collect(Collectors.groupingBy(Expectation::area,
                LinkedHashMap::new, Collectors.mapping(Expectation::description, Collectors.toList())));
        return new StageExpectations(stage, level, profile, byArea);
    }

    private record Aspect(String aspect, String description) {
    }

    private record Expectation(String area, String description) {
    }

    public List<String> teacherObjectiveAreas() {
        return jdbc.sql("select description from teacher_objective_area order by position").query(String.class).list();
    }
}
