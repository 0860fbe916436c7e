package uk.staffcareers.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Component;

/**
 * Compares models with what the engine serves: the latest version of each process (its diagram and the forms
 * deployed with it) and of each decision table, whichever way that version was deployed (start-up, the
 * analysts' endpoint, Camunda Modeler). Definitions are shared by every school: they are read without a tenant,
 * and by callers that act without a user's authorizations (start-up, the health check, the endpoint as the application).
 */
@Component
class EngineModels {

    private final RepositoryService repository;

    EngineModels(RepositoryService repository) {
        this.repository = repository;
    }

    /** The files of the unit that differ from the engine's latest version of it: all of them when it has none. */
    List<String> differing(DeploymentUnit unit) {
        return unit.main().isDmn() ? differingTable(unit.main()) : differingProcess(unit);
    }

    private List<String> differingProcess(DeploymentUnit unit) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(unit.name())
                .withoutTenantId().latestVersion().singleResult();
        if (latest == null) {
            return unit.files().stream().map(ModelFile::name).toList();
        }
        List<String> differing = new ArrayList<>();
        if (!same(latest.getDeploymentId(), latest.getResourceName(), unit.main())) {
            differing.add(unit.main().name());
        }
        List<String> deployed = repository.getDeploymentResourceNames(latest.getDeploymentId());
        for (ModelFile form : unit.forms()) {
            // Modeler names a resource by its file name, the start-up by folder and file name.
            boolean same = deployed.stream().filter(r -> fileName(r).equals(fileName(form.name())))
                    .anyMatch(r -> same(latest.getDeploymentId(), r, form));
            if (!same) {
                differing.add(form.name());
            }
        }
        return differing;
    }

    private List<String> differingTable(ModelFile dmn) {
        List<String> decisions;
        try {
            decisions = Dmn.readModelFromStream(new ByteArrayInputStream(dmn.content())).getModelElementsByType(Decision.class)
                    .stream().map(Decision::getId).toList();
        } catch (RuntimeException unreadable) {
            return List.of(dmn.name());
        }
        for (String key : decisions) {
            DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).withoutTenantId()
                    .latestVersion().singleResult();
            if (latest == null || !same(latest.getDeploymentId(), latest.getResourceName(), dmn)) {
                return List.of(dmn.name());
            }
        }
        return decisions.isEmpty() ? List.of(dmn.name()) : List.of();
    }

    private boolean same(String deploymentId, String resourceName, ModelFile file) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return Arrays.equals(in.readAllBytes(), file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String resourceName) {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }
}
