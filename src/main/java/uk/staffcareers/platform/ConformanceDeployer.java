package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the model rules on every deployment the engine makes, whatever its path: the models folder at
 * start-up, Camunda's REST API, Camunda Modeler's Deploy button. It runs before the engine parses
 * anything, so a refused deployment leaves no deployment and no definition behind, and Camunda's REST
 * API answers 400 with each file and element named.
 */
class ConformanceDeployer implements Deployer {

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceDeployer.class);
    private static final List<String> MODEL_TYPES = List.of(".bpmn", ".dmn", ".form");

    private final ModelConformance conformance;

    ConformanceDeployer(BeanCatalog beans) {
        this.conformance = new ModelConformance(beans);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            // The engine reading back a deployment it already holds (after a restart, or when its cache is full),
            // one diagram without the forms beside it: it was checked when it was made, and refusing it now
            // would lock everyone out of the cases that run on it.
            return;
        }
        List<ModelFile> files = new ArrayList<>();
        List<ModelViolation> violations = new ArrayList<>();
        deployment.getResources().values().forEach(resource -> {
            if (MODEL_TYPES.stream().anyMatch(resource.getName()::endsWith)) {
                files.add(new ModelFile(resource.getName(), resource.getBytes()));
            } else {
                violations.add(new ModelViolation(resource.getName(), null,
                        "only .bpmn, .dmn and .form files may be deployed"));
            }
        });
        RepositoryService repository = Context.getProcessEngineConfiguration().getRepositoryService();
        violations.addAll(conformance.check(files,
                key -> deployed(() -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()),
                key -> deployed(() -> repository.createProcessDefinitionQuery().processDefinitionKey(key).count())));
        if (!violations.isEmpty()) {
            RefusedModels refused = new RefusedModels(violations);
            LOG.warn("Refused deployment '{}': {}", deployment.getName(), refused.getMessage());
            throw refused;
        }
    }

    /** Whether the engine holds a definition, whoever deploys: the definitions are shared by every school. */
    private static boolean deployed(Callable<Long> count) {
        return Context.getCommandContext().runWithoutAuthorization(count) > 0;
    }

    /** Camunda's REST API turns a ParseException into 400 with the resources, elements and messages. */
    static final class RefusedModels extends ParseException {

        private final transient List<ResourceReport> reports;

        RefusedModels(List<ModelViolation> violations) {
            super("The deployment breaks the model rules: " + violations.stream().map(ModelViolation::toString)
                    .collect(Collectors.joining("; ")), null, List.of(), List.of());
            Map<String, List<ModelViolation>> byFile = violations.stream()
                    .collect(Collectors.groupingBy(ModelViolation::file, LinkedHashMap::new, Collectors.toList()));
            this.reports = byFile.entrySet().stream().map(e -> (ResourceReport) new Report(e.getKey(),
                    e.getValue().stream().map(v -> (Problem) new Violation(v)).toList())).toList();
        }

        @Override
        public List<ResourceReport> getResorceReports() {
            return reports;
        }
    }

    private record Report(String name, List<Problem> errors) implements ResourceReport {
        @Override
        public String getResourceName() {
            return name;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }

    private record Violation(ModelViolation violation) implements Problem {
        @Override
        public String getMessage() {
            return violation.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return violation.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return violation.elementId() == null ? List.of() : List.of(violation.elementId());
        }
    }
}
