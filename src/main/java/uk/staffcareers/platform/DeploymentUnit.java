package uk.staffcareers.platform;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What the engine gets as one deployment, named after its main file: a process's diagram with the forms it uses
 * (formRefBinding="deployment", so a version keeps its forms), or one decision table.
 */
record DeploymentUnit(String name, ModelFile main, List<ModelFile> forms) {

    List<ModelFile> files() {
        return Stream.concat(Stream.of(main), forms.stream()).toList();
    }

    /**
     * The units of a set of models in the order they can be deployed: decision tables first, then the
     * diagrams with a called process before its callers. A form no diagram uses is in no unit.
     */
    static List<DeploymentUnit> of(List<ModelFile> files) {
        Map<String, ModelFile> formsById = new LinkedHashMap<>();
        files.stream().filter(ModelFile::isForm).forEach(f -> formsById.put(f.baseName(), f));
        List<DeploymentUnit> units = new ArrayList<>();
        files.stream().filter(ModelFile::isDmn).forEach(dmn -> units.add(new DeploymentUnit(dmn.baseName(), dmn, List.of())));
        for (ModelFile bpmn : calledFirst(files.stream().filter(ModelFile::isBpmn).toList())) {
            List<ModelFile> forms = formsUsedBy(bpmn).stream().map(formsById::get).filter(Objects::nonNull).toList();
            units.add(new DeploymentUnit(bpmn.baseName(), bpmn, forms));
        }
        return units;
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
        read(bpmn).ifPresent(model -> model.getModelElementsByType(CallActivity.class).stream()
                .map(CallActivity::getCalledElement).map(byProcess::get).filter(Objects::nonNull)
                .forEach(called -> addCalledFirst(called, byProcess, ordered, visiting)));
        ordered.add(bpmn);
    }

    /** The form ids a diagram refers to (none when it cannot be read: the conformance check refuses it). */
    static Set<String> formsUsedBy(ModelFile bpmn) {
        Set<String> forms = new HashSet<>();
        read(bpmn).ifPresent(model -> {
            model.getModelElementsByType(UserTask.class).forEach(t -> forms.add(t.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).forEach(s -> forms.add(s.getCamundaFormRef()));
        });
        forms.remove(null);
        return new TreeSet<>(forms);
    }

    private static Optional<BpmnModelInstance> read(ModelFile bpmn) {
        try {
            return Optional.of(Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.content())));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
