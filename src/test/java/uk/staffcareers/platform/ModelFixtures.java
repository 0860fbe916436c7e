package uk.staffcareers.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Small models for tests of the model machinery, built to the project's conventions unless told otherwise. */
final class ModelFixtures {

    private ModelFixtures() {
    }

    /** A process that follows every rule: one user task with its own form, a gateway on its field. */
    static BpmnModelInstance process(String id, String formId) {
        return Bpmn.createExecutableProcess(id).name("Test " + id).camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Begun")
                .userTask("Task_Decide").name("Decide").camundaAssignee("amy.hughes")
                .camundaFormRef(formId).camundaFormRefBinding("deployment")
                .exclusiveGateway("Gateway_Agreed")
                .sequenceFlowId("Flow_Agreed").condition("Yes", "${agreed}").endEvent("EndEvent_Agreed")
                .moveToLastGateway()
                .sequenceFlowId("Flow_NotAgreed").condition("No", "${!agreed}").endEvent("EndEvent_NotAgreed")
                .done();
    }

    static ModelFile bpmn(String id, BpmnModelInstance model) {
        return new ModelFile("processes/" + id + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    static ModelFile bpmn(String id, String formId, UnaryOperator<String> change) {
        return new ModelFile("processes/" + id + ".bpmn",
                change.apply(Bpmn.convertToString(process(id, formId))).getBytes(StandardCharsets.UTF_8));
    }

    static ModelFile form(String id, String label) {
        return form(id, "textfield", label);
    }

    static ModelFile form(String id, String type, String label) {
        String json = """
                {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "Field_Agreed", "type": "checkbox", "key": "agreed", "label": "Agreed"},
                  {"id": "Field_Note", "type": "%s", "key": "note", "label": "%s (optional)"}]}""".formatted(id, type, label);
        return new ModelFile("forms/" + id + ".form", json.getBytes(StandardCharsets.UTF_8));
    }

    static List<ModelFile> with(List<ModelFile> files, ModelFile... more) {
        List<ModelFile> all = new ArrayList<>(files);
        for (ModelFile extra : more) {
            all.removeIf(f -> f.name().equals(extra.name()));
            all.add(extra);
        }
        return all;
    }
}
