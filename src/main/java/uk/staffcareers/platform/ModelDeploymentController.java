package uk.staffcareers.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.staffcareers.platform.ModelChanges.Status;

/**
 * POST /api/models/deployments[?dryRun=true], for analysts and the administrator: without a body, the models
 * folder; with a multipart upload, the uploaded diagrams, forms and tables in place of the folder's. Answers each
 * file deployed, changed (a dry run, or not deployed because the set was refused), unchanged, refused with the
 * element and rule, or unused; 400 when anything was refused.
 */
@RestController
@RequestMapping("/api/models")
class ModelDeploymentController {

    record Violation(String element, String message) {
    }

    record FileAnswer(String file, String status, List<Violation> violations) {
    }

    record Answer(boolean dryRun, String outcome, String message, List<FileAnswer> files) {
    }

    private final ModelDeployments deployments;

    ModelDeploymentController(ModelDeployments deployments) {
        this.deployments = deployments;
    }

    @PostMapping("/deployments")
    ResponseEntity<Answer> deploy(@RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam MultiValueMap<String, MultipartFile> uploads) {
        ModelChanges changes = deployments.deploy(uploads.values().stream().flatMap(List::stream)
                .map(ModelDeploymentController::file).toList(), dryRun);
        List<FileAnswer> files = changes.outcomes().stream().map(o -> new FileAnswer(o.file(), o.status().name().toLowerCase(),
                o.violations().stream().map(v -> new Violation(v.elementId(), v.message())).toList())).toList();
        boolean refused = changes.refused() && !dryRun;
        return ResponseEntity.status(refused ? 400 : 200).body(new Answer(dryRun, outcome(changes, dryRun), message(changes, dryRun), files));
    }

    private static String outcome(ModelChanges changes, boolean dryRun) {
        return dryRun ? "checked" : changes.refused() ? "refused" : changes.deployed().isEmpty() ? "unchanged" : "deployed";
    }

    private static String message(ModelChanges changes, boolean dryRun) {
        long broken = changes.outcomes().stream().filter(o -> !o.violations().isEmpty()).count();
        long changed = changes.outcomes().stream().filter(o -> o.status() == Status.CHANGED).count();
        if (dryRun) {
            return "Nothing was deployed (a dry run): " + broken + " file(s) break the model rules, " + changed + " would be deployed";
        }
        if (!changes.deployed().isEmpty()) {
            return "Deployed new versions of " + String.join(", ", changes.deployed())
                    + (broken == 0 ? "" : "; the engine refused " + broken + " file(s)");
        }
        return broken > 0 ? "Nothing was deployed: " + broken + " file(s) break the model rules; correct them and send the set again"
                : "Nothing to deploy: the engine's latest versions are these files";
    }

    private static ModelFile file(MultipartFile upload) {
        try {
            return ModelUploads.file(upload.getOriginalFilename(), upload.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
