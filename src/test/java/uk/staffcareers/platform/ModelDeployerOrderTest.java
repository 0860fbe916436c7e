package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** The engine checks each deployment on its own, so a called process must be deployed before its callers. */
class ModelDeployerOrderTest {

    @Test
    void aCalledProcessComesBeforeItsCallersWhateverTheirNames() {
        ModelFile caller = ModelFixtures.bpmn("a-caller", Bpmn.createExecutableProcess("a-caller").startEvent("StartEvent_Begun")
                .callActivity("Task_Call").calledElement("m-middle").endEvent("EndEvent_Done").done());
        ModelFile middle = ModelFixtures.bpmn("m-middle", Bpmn.createExecutableProcess("m-middle").startEvent("StartEvent_Begun")
                .callActivity("Task_Call").calledElement("z-called").endEvent("EndEvent_Done").done());
        ModelFile called = ModelFixtures.bpmn("z-called", ModelFixtures.process("z-called", "f"));

        assertThat(DeploymentUnit.calledFirst(List.of(caller, middle, called))).containsExactly(called, middle, caller);
    }
}
