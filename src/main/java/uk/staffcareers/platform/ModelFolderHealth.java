package uk.staffcareers.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the engine serves what the models folder holds: "modelsInSync" is UP when the latest version of every
 * process (diagram and forms) and decision table in processes/ and forms/ is the folder's file, else OUT_OF_SYNC
 * with the files that differ, say after a Modeler or uploaded deployment whose file was not saved in the folder,
 * or a file saved but not deployed. OUT_OF_SYNC is not DOWN: every case still runs (application.yaml maps it to
 * 200 and ranks it below DOWN). The answer is worked out again only when a file or the engine's deployments change.
 */
@Component("modelsInSync")
class ModelFolderHealth implements HealthIndicator {

    static final Status OUT_OF_SYNC = new Status("OUT_OF_SYNC",
            "The engine's latest version of these models differs from the models folder; deploy the folder "
                    + "(POST /api/models/deployments) or save the deployed files in it");

    private final ModelFiles modelFiles;
    private final EngineModels engine;
    private final RepositoryService repository;
    private volatile Answer last = new Answer("", List.of());

    ModelFolderHealth(ModelFiles modelFiles, EngineModels engine, RepositoryService repository) {
        this.modelFiles = modelFiles;
        this.engine = engine;
        this.repository = repository;
    }

    @Override
    public Health health() {
        List<ModelFile> files = modelFiles.load();
        String signature = signature(files);
        Answer answer = last;
        if (!answer.signature().equals(signature)) {
            answer = new Answer(signature, differing(files));
            last = answer;
        }
        Health.Builder health = answer.differing().isEmpty() ? Health.up() : Health.status(OUT_OF_SYNC);
        return health.withDetail("folder", modelFiles.origin()).withDetail("differFromTheEngine", answer.differing()).build();
    }

    private List<String> differing(List<ModelFile> files) {
        return DeploymentUnit.of(files).stream().map(unit -> {
            List<String> differing = engine.differing(unit);
            return differing.isEmpty() ? null
                    : unit.name() + ": the engine's latest version differs in " + String.join(", ", differing);
        }).filter(Objects::nonNull).toList();
    }

    /** The folder's files and the engine's latest deployment, as one digest. */
    private String signature(List<ModelFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ModelFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update(file.content());
            }
            List<Deployment> latest = repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1);
            digest.update((repository.createDeploymentQuery().count() + ":" + (latest.isEmpty() ? "" : latest.get(0).getId()))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(String signature, List<String> differing) {
    }
}
