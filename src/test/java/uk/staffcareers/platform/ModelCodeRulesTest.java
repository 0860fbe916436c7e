package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.staffcareers.platform.ModelFixtures.bpmn;
import static uk.staffcareers.platform.ModelFixtures.form;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** The rules that keep code out of models: what an expression may do, no scripts, no classes, FEEL in decision tables. */
class ModelCodeRulesTest {

    /** The application's beans as far as these tests go: one delegate, one service. */
    private final BeanCatalog beans = new BeanCatalog() {
        @Override
        public boolean hasBean(String name) {
            return Set.of("sendInvitationDelegate", "staffDirectory").contains(name);
        }

        @Override
        public Set<String> variablesSetBy(String beanName) {
            return Set.of();
        }
    };

    @Test
    void whatTheProjectsOwnDiagramsWriteIsAllowed() {
        for (String allowed : List.of("${candidate}", "${!ready}", "${reviewOutcome == 'SUFFICIENT'}",
                "${developmentFinished != true}", "${a and not b or c > 2}", "Choose the appraiser — ${staffName}",
                "${staffDirectory.find(staffId)}", "${now()}", "${currentUser()}", "${empty list ? 'x' : \"y\"}")) {
            assertThat(Expressions.disallowed(allowed)).as(allowed).isEmpty();
        }
    }

    @Test
    void reflectionPropertiesAndOtherFunctionsAreNot() {
        assertThat(Expressions.disallowed("${''.getClass().forName('java.lang.Runtime')}")).hasValueSatisfying(
                reason -> assertThat(reason).contains("'.getClass'"));
        assertThat(Expressions.disallowed("${staffDirectory.getClass()}")).hasValue("calls 'getClass()'");
        assertThat(Expressions.disallowed("${staffDirectory.find(x).getClass()}")).isPresent();
        assertThat(Expressions.disallowed("${execution.processEngineServices}")).hasValueSatisfying(
                reason -> assertThat(reason).contains("'.processEngineServices'"));
        assertThat(Expressions.disallowed("${staff.name}")).hasValue("reads the property 'staff.name'");
        assertThat(Expressions.disallowed("${execution.getProcessEngine()}")).isPresent();
        assertThat(Expressions.disallowed("${S(json)}")).hasValue("calls the function 'S()'");
        assertThat(Expressions.disallowed("${fn:exec('id')}")).hasValue("calls the function 'exec()'");
        assertThat(Expressions.disallowed("${list[0]}")).hasValue("uses '['");
        assertThat(Expressions.disallowed("${x instanceof y}")).hasValue("uses 'instanceof'");
    }

    @Test
    void anExpressionBeyondTheRulesIsRefusedWhereverItIs() {
        assertRefused(bpmn("p", "f", x -> x.replace("camunda:assignee=\"amy.hughes\"",
                "camunda:assignee=\"${''.getClass().getName()}\"")), "Task_Decide", "'.getClass'");
        assertRefused(bpmn("p", "f", x -> x.replace("name=\"Decide\"", "name=\"${x.getClass()}\"")), "Task_Decide", "getClass");
        assertRefused(bpmn("p", "f", x -> x.replace("<userTask", "<serviceTask id=\"Task_Run\" "
                + "camunda:expression=\"${jdbcTemplate.execute('x')}\"/><userTask")), "Task_Run", "bean 'jdbcTemplate'");
    }

    @Test
    void aListenersClassExpressionOrScriptIsRefused() {
        assertRefused(listener("<camunda:executionListener event=\"start\" class=\"com.example.Run\"/>"),
                "Task_Decide", "camunda:class 'com.example.Run'");
        assertRefused(listener("<camunda:taskListener event=\"create\" expression=\"${execution.getProcessEngine()}\"/>"),
                "Task_Decide", "not allowed");
        assertRefused(listener("<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
                + "</camunda:executionListener>"), "Task_Decide", "scripts are not allowed");
        assertRefused(listener("<camunda:executionListener event=\"start\" delegateExpression=\"${processEngine}\"/>"),
                "Task_Decide", "bean 'processEngine'");
    }

    @Test
    void aScriptConditionIsRefused() {
        assertRefused(bpmn("p", "f", x -> x.replaceFirst("<conditionExpression ",
                "<conditionExpression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tFormalExpression\" language=\"groovy\" ")),
                "Flow_Agreed", "scripts are not allowed (language=\"groovy\")");
    }

    @Test
    void aTimersMadeUpIdIsPassedOverForItsEvent() {
        assertRefused(bpmn("p", "f", x -> x.replace("</startEvent>", "<timerEventDefinition id=\"TimerEventDefinition_0abc123\">"
                + "<timeDate>${''.getClass()}</timeDate></timerEventDefinition></startEvent>")), "StartEvent_Begun", "'.getClass'");
    }

    @Test
    void aDecisionTableMustBeInFeel() {
        String table = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Definitions_Table" name="T" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="table" name="Table" camunda:historyTimeToLive="1">
                    <decisionTable id="DecisionTable_Table">
                      <input id="Input_Any"><inputExpression id="InputExpression_Any" typeRef="string"%s><text>x</text></inputExpression></input>
                      <output id="Output_Any" name="result" typeRef="string"/>
                    </decisionTable>
                  </decision>
                </definitions>""";
        ModelConformance conformance = new ModelConformance(beans);
        assertThat(conformance.check(List.of(dmn(table.formatted(""))))).isEmpty();
        assertThat(conformance.check(List.of(dmn(table.formatted(" expressionLanguage=\"feel\""))))).isEmpty();
        assertThat(conformance.check(List.of(dmn(table.formatted(" expressionLanguage=\"groovy\"")))))
                .extracting(ModelViolation::toString).containsExactly(
                        "processes/table.dmn [InputExpression_Any]: expression language 'groovy' is not allowed; decision tables use FEEL");
    }

    private static ModelFile dmn(String xml) {
        return new ModelFile("processes/table.dmn", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static ModelFile listener(String listener) {
        return bpmn("p", "f", x -> x.replaceFirst("(<userTask [^>]*id=\"Task_Decide\"[^>]*>)",
                "$1<extensionElements>" + Matcher.quoteReplacement(listener) + "</extensionElements>"));
    }

    private void assertRefused(ModelFile process, String elementId, String message) {
        List<ModelViolation> violations = new ModelConformance(beans).check(List.of(form("f", "Note"), process));
        assertThat(violations).as("violations of %s", process.text())
                .anySatisfy(v -> {
                    assertThat(v.elementId()).isEqualTo(elementId);
                    assertThat(v.message()).contains(message);
                });
    }
}
