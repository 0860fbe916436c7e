package uk.staffcareers.platform;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/: one deployment per process, holding its diagram and the forms it
 * uses, and one per decision table. Camunda's duplicate filtering compares each deployment with the
 * previous one of the same name, so a process whose diagram and forms are unchanged gets no new
 * version, and a change to the diagram or to one of its forms gives exactly one new version that
 * carries its forms (formRefBinding="deployment"). A model that breaks a rule is refused, and its
 * previous version keeps serving the running cases.
 */
@Component
public class ModelDeployer {

    static final String SOURCE = "staff-careers models";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repository;
    private final ModelFiles modelFiles;
    private final ModelConformance conformance;
    private final ModelDeploymentReport report;

    ModelDeployer(RepositoryService repository, ModelFiles modelFiles, BeanCatalog beans, ModelDeploymentReport report) {
        this.repository = repository;
        this.modelFiles = modelFiles;
        this.conformance = new ModelConformance(beans);
        this.report = report;
    }

    public ModelDeploymentReport deployAll() {
        report.reset();
        deploy(modelFiles.load());
        return report;
    }

    void deploy(List<ModelFile> files) {
        LOG.info("Deploying {} models from {}", files.size(), modelFiles.origin());
        List<ModelViolation> violations = conformance.check(files);
        Set<String> refusedFiles = new HashSet<>();
        violations.forEach(v -> refusedFiles.add(v.file()));
        Map<String, ModelFile> formsById = new LinkedHashMap<>();
        files.stream().filter(ModelFile::isForm).forEach(f -> formsById.put(f.baseName(), f));

        for (ModelFile dmn : files.stream().filter(ModelFile::isDmn).toList()) {
            if (!refusedFiles.contains(dmn.name())) {
                deployOne(dmn.baseName(), List.of(dmn), violations);
            }
        }
        for (ModelFile bpmn : calledFirst(files.stream().filter(ModelFile::isBpmn).toList())) {
            if (refusedFiles.contains(bpmn.name())) {
                continue;
            }
            List<ModelFile> resources = new ArrayList<>(List.of(bpmn));
            boolean formsOk = true;
            for (String formId : formsUsedBy(bpmn)) {
                ModelFile form = formsById.get(formId);
                if (refusedFiles.contains(form.name())) {
                    violations.add(new ModelViolation(bpmn.name(), null, "uses the refused form " + form.name()));
                    formsOk = false;
                }
                resources.add(form);
            }
            if (formsOk) {
                deployOne(bpmn.baseName(), resources, violations);
            }
        }
        violations.forEach(v -> LOG.error("Refused model {}", v));
        report.refused(violations);
    }

    private void deployOne(String name, List<ModelFile> resources, List<ModelViolation> violations) {
        DeploymentBuilder builder = repository.createDeployment().name(name).source(SOURCE)
                .enableDuplicateFiltering(false);
        resources.forEach(r -> builder.addInputStream(r.name(), new ByteArrayInputStream(r.content())));
        try {
            DeploymentWithDefinitions deployment = builder.deployWithResult();
            if (notEmpty(deployment.getDeployedProcessDefinitions()) || notEmpty(deployment.getDeployedDecisionDefinitions())) {
                report.deployed(name);
                LOG.info("Deployed a new version of {}", name);
            }
        } catch (ParseException e) {
            violations.addAll(problems(resources.get(0).name(), e));
        } catch (RuntimeException e) {
            violations.add(new ModelViolation(resources.get(0).name(), null, "the engine refused it: " + ModelConformance.rootMessage(e)));
        }
    }

    private static boolean notEmpty(List<?> definitions) {
        return definitions != null && !definitions.isEmpty();
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

    /**
     * The diagrams in an order where a called process comes before its callers, because the engine
     * checks each deployment on its own and a call must find its process (refused diagrams aside).
     */
    static List<ModelFile> calledFirst(List<ModelFile> bpmns) {
        Map<String, ModelFile> byProcess = new LinkedHashMap<>();
        bpmns.forEach(f -> byProcess.put(f.baseName(), f));
        Set<ModelFile> ordered = new LinkedHashSet<>();
        bpmns.forEach(f -> addCalledFirst(f, byProcess, ordered, new HashSet<>()));
        return new ArrayList<>(ordered);
    }

    private static void addCalledFirst(ModelFile bpmn, Map<String, ModelFile> byProcess, Set<ModelFile> ordered,
            Set<ModelFile> visiting) {
        if (ordered.contains(bpmn) || !visiting.add(bpmn)) {
            return;
        }
        try {
            Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.content())).getModelElementsByType(CallActivity.class)
                    .stream().map(CallActivity::getCalledElement).map(byProcess::get).filter(Objects::nonNull)
                    .forEach(called -> addCalledFirst(called, byProcess, ordered, visiting));
        } catch (RuntimeException unreadable) {
            // The conformance check has refused it already.
        }
        ordered.add(bpmn);
    }

    /** The form ids a diagram refers to; the conformance check has proved they exist. */
    static Set<String> formsUsedBy(ModelFile bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.content()));
        Set<String> forms = new HashSet<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> forms.add(t.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(s -> forms.add(s.getCamundaFormRef()));
        forms.remove(null);
        return new TreeSet<>(forms);
    }
}
