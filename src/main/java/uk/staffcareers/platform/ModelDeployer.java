package uk.staffcareers.platform;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.ModelChanges.Status;

/**
 * Deploys processes/ and forms/: one deployment per process, holding its diagram and the forms it
 * uses, and one per decision table. Only what differs from the engine's latest version is deployed,
 * whoever deployed that version (start-up, the analysts' endpoint, Camunda Modeler): a process whose
 * diagram and forms are unchanged gets no new version, a change to the diagram or to one of its forms
 * gives exactly one new version that carries its forms (formRefBinding="deployment"). A model that
 * breaks a rule is refused, and its previous version keeps serving the running cases.
 */
@Component
public class ModelDeployer {

    static final String SOURCE = "staff-careers models";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repository;
    private final ModelFiles modelFiles;
    private final ModelConformance conformance;
    private final ModelDeploymentReport report;
    private final EngineModels engine;

    ModelDeployer(RepositoryService repository, ModelFiles modelFiles, BeanCatalog beans, ModelDeploymentReport report,
            EngineModels engine) {
        this.repository = repository;
        this.modelFiles = modelFiles;
        this.conformance = new ModelConformance(beans);
        this.report = report;
        this.engine = engine;
    }

    public ModelDeploymentReport deployAll() {
        report.reset();
        deploy(modelFiles.load());
        return report;
    }

    /** At start-up: every unit that keeps the rules is deployed if changed, the others are refused, and the application runs. */
    synchronized void deploy(List<ModelFile> files) {
        LOG.info("Deploying {} models from {}", files.size(), modelFiles.origin());
        record(apply(plan(files)));
    }

    /**
     * For the analysts: the whole set is checked; a dry run, or a set where any file breaks a rule, deploys
     * nothing and says what would change; otherwise every changed unit is deployed.
     */
    public synchronized ModelChanges deployChanged(List<ModelFile> files, boolean dryRun) {
        ModelChanges planned = plan(files);
        if (dryRun || planned.refused()) {
            return planned;
        }
        ModelChanges done = apply(planned);
        report.reset();
        record(done);
        return done;
    }

    private void record(ModelChanges changes) {
        changes.deployed().forEach(report::deployed);
        changes.violations().forEach(v -> LOG.error("Refused model {}", v));
        report.refused(changes.violations());
    }

    /** The rules on the whole set, then each unit refused, changed or unchanged against the engine's latest version. */
    private ModelChanges plan(List<ModelFile> files) {
        List<ModelViolation> violations = new ArrayList<>(conformance.check(files));
        Set<String> refusedFiles = violations.stream().map(ModelViolation::file).collect(Collectors.toSet());
        Map<DeploymentUnit, Status> units = new LinkedHashMap<>();
        for (DeploymentUnit unit : DeploymentUnit.of(files)) {
            List<String> refusedForms = unit.forms().stream().map(ModelFile::name).filter(refusedFiles::contains).toList();
            refusedForms.forEach(form -> violations.add(new ModelViolation(unit.main().name(), null, "uses the refused form " + form)));
            boolean refused = refusedFiles.contains(unit.main().name()) || !refusedForms.isEmpty();
            units.put(unit, refused ? Status.REFUSED : engine.differing(unit).isEmpty() ? Status.UNCHANGED : Status.CHANGED);
        }
        return new ModelChanges(files, violations, units);
    }

    private ModelChanges apply(ModelChanges planned) {
        List<ModelViolation> violations = new ArrayList<>(planned.violations());
        Map<DeploymentUnit, Status> units = new LinkedHashMap<>(planned.units());
        units.replaceAll((unit, status) -> status == Status.CHANGED ? deployOne(unit, violations) : status);
        return new ModelChanges(planned.given(), violations, units);
    }

    private Status deployOne(DeploymentUnit unit, List<ModelViolation> violations) {
        DeploymentBuilder builder = repository.createDeployment().name(unit.name()).source(SOURCE);
        unit.files().forEach(r -> builder.addInputStream(r.name(), new ByteArrayInputStream(r.content())));
        try {
            builder.deploy();
            LOG.info("Deployed a new version of {}", unit.name());
            return Status.DEPLOYED;
        } catch (ParseException e) {
            violations.addAll(problems(unit.main().name(), e));
        } catch (RuntimeException e) {
            violations.add(new ModelViolation(unit.main().name(), null, "the engine refused it: " + ModelConformance.rootMessage(e)));
        }
        return Status.REFUSED;
    }

    private static List<ModelViolation> problems(String file, ParseException e) {
        List<ModelViolation> found = new ArrayList<>();
        for (ResourceReport resourceReport : e.getResorceReports()) {
            for (Problem problem : resourceReport.getErrors()) {
                found.add(new ModelViolation(file, problem.getMainElementId(), problem.getMessage()));
            }
        }
        if (found.isEmpty()) {
            found.add(new ModelViolation(file, null, e.getMessage()));
        }
        return found;
    }
}
