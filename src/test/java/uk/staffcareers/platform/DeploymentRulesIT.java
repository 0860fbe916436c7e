package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.staff.DemoTrust;

/**
 * Every deployment meets the model rules, whichever way it comes: here Camunda's REST API, as the
 * administrator, which is also what Camunda Modeler's Deploy button calls.
 */
class DeploymentRulesIT extends IntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ModelFiles modelFiles;

    /**
     * After a restart the engine reads a running case's definition back from its deployment, one diagram at a
     * time, without the forms beside it: that is not a new deployment and was checked when it was made. Checked
     * again, every diagram lacked its forms and nobody could open their tasks after a restart.
     */
    @Test
    void aDeploymentTheEngineReadsBackAfterARestartIsNotCheckedAgain() {
        newTeachingAssistant("E1173", "Sam", "Hale", DemoTrust.OAKFIELD, "E1003"); // a new teaching assistant, so no other test counts his task
        String caseId = startConfirmation("E1173");
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache().discardProcessDefinitionCache();

        ResponseEntity<String> tasks = get("kate.morgan", "/engine-rest/task?processInstanceId=" + caseId);
        assertThat(tasks.getStatusCode().value()).as(tasks.getBody()).isEqualTo(200);
        assertThat(tasks.getBody()).contains("Confirm your details");
        ResponseEntity<String> form = get("kate.morgan", "/engine-rest/process-definition/key/performance-concern/form-variables");
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
    }

    @Test
    void anExpressionThatReachesTheOperatingSystemIsRefusedAndNeverRuns() throws Exception {
        Path marker = Files.createTempDirectory("deployment-rules").resolve("ran");
        String attack = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                + ".exec('touch " + marker + "')}";
        // A timer start event's date is worked out as the definition is deployed; the service task's on start.
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("attack-process").camundaHistoryTimeToLive(1)
                .camundaVersionTag("1").startEvent("StartEvent_Timer").timerWithDate(attack)
                .serviceTask("Task_Run").camundaExpression(attack).endEvent("EndEvent_Done").done());

        ResponseEntity<String> refused = deploy("attack", "attack-process.bpmn", bpmn);

        assertRefused(refused, "attack-process.bpmn", "StartEvent_Timer");
        assertThat(refused.getBody()).contains("Task_Run", "getClass");
        assertNothingDeployed("attack", "process-definition", "attack-process");
        assertThat(post("admin", "/engine-rest/process-definition/key/attack-process/start", Map.of())
                .getStatusCode().value()).isEqualTo(404);
        assertThat(marker).doesNotExist();
    }

    @Test
    void aScriptTaskOrAScriptListenerIsRefused() {
        String scriptTask = Bpmn.convertToString(Bpmn.createExecutableProcess("script-process").camundaHistoryTimeToLive(1)
                .camundaVersionTag("1").startEvent("StartEvent_Begun")
                .scriptTask("Task_Script").scriptFormat("groovy").scriptText("'rm -rf /'.execute()")
                .endEvent("EndEvent_Done").done());
        assertRefused(deploy("script", "script-process.bpmn", scriptTask), "script-process.bpmn", "Task_Script");
        assertNothingDeployed("script", "process-definition", "script-process");

        String listener = Bpmn.convertToString(Bpmn.createExecutableProcess("listener-process").camundaHistoryTimeToLive(1)
                .camundaVersionTag("1").startEvent("StartEvent_Begun").endEvent("EndEvent_Done").done())
                .replaceFirst("(<endEvent id=\"EndEvent_Done\"[^>]*>)", "$1<extensionElements>"
                        + "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
                        + "'id'.execute()</camunda:script></camunda:executionListener></extensionElements>");
        assertThat(listener).contains("camunda:script");
        assertRefused(deploy("listener", "listener-process.bpmn", listener), "listener-process.bpmn", "EndEvent_Done");
        assertNothingDeployed("listener", "process-definition", "listener-process");
    }

    @Test
    void aDecisionTableInJuelOrAScriptLanguageIsRefused() {
        for (String language : new String[] {"juel", "javascript"}) {
            String dmn = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                        id="Definitions_Attack" name="Attack" namespace="http://camunda.org/schema/1.0/dmn">
                      <decision id="attack-table" name="Attack" camunda:historyTimeToLive="1">
                        <decisionTable id="DecisionTable_Attack">
                          <input id="Input_Any"><inputExpression id="InputExpression_Any" typeRef="string"
                              expressionLanguage="%s"><text>${''.getClass()}</text></inputExpression></input>
                          <output id="Output_Any" name="result" typeRef="string"/>
                          <rule id="Rule_Any"><inputEntry id="InputEntry_Any"><text>-</text></inputEntry>
                            <outputEntry id="OutputEntry_Any"><text>"x"</text></outputEntry></rule>
                        </decisionTable>
                      </decision>
                    </definitions>""".formatted(language);
            ResponseEntity<String> refused = deploy("attack-table", "attack-table.dmn", dmn);
            assertRefused(refused, "attack-table.dmn", "InputExpression_Any");
            assertThat(refused.getBody()).contains("expression language '" + language + "' is not allowed");
            assertNothingDeployed("attack-table", "decision-definition", "attack-table");
        }
    }

    /** Modeler's Deploy button with a typo in one rule: refused, named, and the cases keep the table they had. */
    @Test
    void aDecisionTableWhoseRuleIsNotFeelIsRefusedAndTheLatestVersionIsUnchanged() {
        String latest = "/engine-rest/decision-definition?key=hlta-readiness&latestVersion=true";
        Object versionBefore = list("admin", latest).get(0).get("id");
        String typo = modelFiles.load().stream().filter(f -> f.name().equals("processes/hlta-readiness.dmn")).findFirst()
                .orElseThrow().text().replace("<text>&lt; 30</text>", "<text>=&lt; 28</text>");

        ResponseEntity<String> refused = deploy("hlta-readiness", "hlta-readiness.dmn", typo);

        assertRefused(refused, "hlta-readiness.dmn", "hlta-readiness");
        assertThat(refused.getBody()).contains("rule 3 (Rule_FewStandards)",
                "input 'Standards the candidate is confident of meeting (of 33)'", "failed to parse expression '=< 28'");
        assertThat(list("admin", latest)).singleElement().satisfies(d -> assertThat(d.get("id")).isEqualTo(versionBefore));
    }

    @Test
    void aModelThatFollowsTheRulesIsStillDeployed() {
        String process = Bpmn.convertToString(ModelFixtures.process("rest-deployed", "rest-deployed-form"));
        ModelFile form = ModelFixtures.form("rest-deployed-form", "Note");

        ResponseEntity<String> deployed = postFiles("admin", "/engine-rest/deployment/create", Map.of("deployment-name", "rest-deployed"),
                Map.of("rest-deployed.bpmn", process.getBytes(StandardCharsets.UTF_8), "rest-deployed-form.form", form.content()));

        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        assertThat(list("admin", "/engine-rest/process-definition?key=rest-deployed")).hasSize(1);
    }

    /**
     * Modeler's Deploy button sends the diagram alone unless the analyst adds its forms: without them the first task of
     * every new case would fail ("No Camunda Form Definition was found"), so the deployment is refused, naming the task.
     */
    @Test
    void aModelerDeploymentOfADiagramWithoutItsFormsIsRefused() {
        String process = Bpmn.convertToString(ModelFixtures.process("formless-process", "formless-process-form"));

        ResponseEntity<String> refused = deploy("formless-process", "formless-process.bpmn", process);

        assertRefused(refused, "formless-process.bpmn", "Task_Decide");
        assertThat(refused.getBody()).contains("formRef 'formless-process-form' has no form");
        assertNothingDeployed("formless-process", "process-definition", "formless-process");
    }

    private ResponseEntity<String> deploy(String name, String fileName, String content) {
        return postFiles("admin", "/engine-rest/deployment/create", Map.of("deployment-name", name),
                Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(ResponseEntity<String> response, String file, String elementId) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains(file, elementId, "\"mainElementId\":\"" + elementId + "\"")
                .doesNotContain("\tat ", "at org.", "at uk.");
    }

    private void assertNothingDeployed(String deploymentName, String definitionType, String key) {
        assertThat(list("admin", "/engine-rest/deployment?name=" + deploymentName)).isEmpty();
        assertThat(list("admin", "/engine-rest/" + definitionType + "?key=" + key)).isEmpty();
    }
}
