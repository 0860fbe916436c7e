package uk.staffcareers.standards;

import java.util.List;

import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.staff.CareerStage;

/** Reference data any signed-in user may read. */
@RestController
class StandardsController {

    private final HltaStandards standards;
    private final CareerStageExpectations expectations;

    StandardsController(HltaStandards standards, CareerStageExpectations expectations) {
        this.standards = standards;
        this.expectations = expectations;
    }

    @GetMapping("/api/standards/career-stages/{stage}/{level}")
    CareerStageExpectations.StageExpectations careerStage(@PathVariable CareerStage stage, @PathVariable
            @Range(min = 1, max = 3, message = "is a career-stage level: 1 to 3, not ${validatedValue}") int level) {
        return expectations.of(stage, level);
    }

    @GetMapping("/api/standards/teacher-objective-areas")
    List<String> teacherObjectiveAreas() {
        return expectations.teacherObjectiveAreas();
    }

    @GetMapping("/api/standards/hlta")
    List<HltaStandard> hltaStandards() {
        return standards.all();
    }
}
