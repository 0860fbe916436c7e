package uk.staffcareers.platform.migration;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For analysts and the administrator: POST /api/models/{processKey}/migrations?dryRun=true|false moves the running
 * cases of older versions to the latest (a dry run unless dryRun=false), GET /api/models/migrations/{batchId} follows
 * a batch it started, case by case.
 */
@RestController
@RequestMapping("/api/models")
class ModelMigrationController {

    private final ModelMigrations migrations;
    private final MigrationProgress progress;

    ModelMigrationController(ModelMigrations migrations, MigrationProgress progress) {
        this.migrations = migrations;
        this.progress = progress;
    }

    @PostMapping("/{processKey}/migrations")
    MigrationReport migrate(@PathVariable String processKey, @RequestParam(defaultValue = "true") boolean dryRun) {
        return migrations.migrate(processKey, dryRun);
    }

    @GetMapping("/migrations/{batchId}")
    MigrationProgress.Progress progress(@PathVariable String batchId) {
        return progress.of(batchId);
    }
}
