package uk.staffcareers.platform;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An analyst's deployment without a restart: the models folder, with any uploaded files in place of the folder's,
 * checked as a whole and deployed where it differs from the engine's latest versions (ModelDeployer).
 */
@Component
class ModelDeployments {

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployments.class);

    private final Analysts analysts;
    private final ModelFiles modelFiles;
    private final ModelDeployer deployer;
    private final IdentityService identity;

    ModelDeployments(Analysts analysts, ModelFiles modelFiles, ModelDeployer deployer, IdentityService identity) {
        this.analysts = analysts;
        this.modelFiles = modelFiles;
        this.deployer = deployer;
        this.identity = identity;
    }

    ModelChanges deploy(List<ModelFile> uploads, boolean dryRun) {
        String analyst = analysts.require();
        List<ModelFile> set = ModelUploads.over(modelFiles.load(), uploads);
        ModelChanges changes = AsApplication.run(identity, () -> deployer.deployChanged(set, dryRun));
        LOG.info("{} by {} ({} files uploaded): deployed {}, {} rule(s) broken", dryRun ? "Dry run" : "Deployment", analyst,
                uploads.size(), changes.deployed(), changes.violations().size());
        return changes;
    }
}
