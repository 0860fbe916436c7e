package uk.staffcareers.standards;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reference data any signed-in user may read. */
@RestController
class StandardsController {

    private final HltaStandards standards;

    StandardsController(HltaStandards standards) {
        this.standards = standards;
    }

    @GetMapping("/api/standards/hlta")
    List<HltaStandard> hltaStandards() {
        return standards.all();
    }
}
