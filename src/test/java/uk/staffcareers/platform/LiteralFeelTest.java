package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The direct answers are the Scala FEEL engine's own answers, and everything else is still the engine's. */
class LiteralFeelTest {

    private final FeelEngine scala = new ScalaFeelEngineFactory().createInstance();
    private final AtomicInteger handedOn = new AtomicInteger();
    private final LiteralFeel literal = new LiteralFeel(new FeelEngine() {
        @Override
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            handedOn.incrementAndGet();
            return scala.evaluateSimpleExpression(expression, variables);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String tests, String inputName, VariableContext variables) {
            handedOn.incrementAndGet();
            return scala.evaluateSimpleUnaryTests(tests, inputName, variables);
        }
    });

    private static final List<String> TESTS = List.of("\"TEACHER\"", "\"TEACHING_ASSISTANT\",\"HLTA\"", " \"CORE\" , \"PROFICIENT\" ",
            "\"\"", "\"HLTA\"", "not(\"TEACHER\")", "\"A\\\"B\"", "< 28", "[1..5]", "\"TEACHER\" or \"HLTA\"");
    private static final List<Object> INPUTS = new ArrayList<>(List.of("TEACHER", "HLTA", "PROFICIENT", "", "teacher", "A\"B", 3, 28L));

    @Test
    void aRulesTestGivesTheEnginesAnswerForEveryInput() {
        INPUTS.add(null);
        for (String tests : TESTS) {
            for (Object input : INPUTS) {
                VariableContext variables = Variables.createVariables().putValue("cellInput", input).asVariableContext();
                boolean expected;
                try {
                    expected = scala.evaluateSimpleUnaryTests(tests, "cellInput", variables);
                } catch (RuntimeException engineRefuses) {
                    continue; // e.g. a number against a text: the engine's refusal stays the engine's
                }
                assertThat(literal.evaluateSimpleUnaryTests(tests, "cellInput", variables)).as(tests + " for " + input)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void textsAndNamesOfTextGiveTheEnginesAnswer() {
        VariableContext variables = Variables.createVariables().putValue("role", "HLTA").putValue("careerStage", null)
                .putValue("maxObjectives", 5).putValue("notes", "x").asVariableContext();
        for (String expression : List.of("\"LEADERSHIP\"", " \"TEACHING\" ", "\"\"", "role", "careerStage", "maxObjectives", "notes",
                "missing", "role = \"HLTA\"", "true", "null", "\"A\" + \"B\"")) {
            Object expected = scala.evaluateSimpleExpression(expression, variables);
            assertThat((Object) literal.evaluateSimpleExpression(expression, variables)).as(expression).isEqualTo(expected);
        }
    }

    @Test
    void nothingAgainstTextsIsTheEnginesAnswerWithoutAskingIt() {
        VariableContext nothing = Variables.createVariables().putValue("cellInput", null).asVariableContext();
        for (String tests : List.of("\"TEACHER\"", "\"TEACHING_ASSISTANT\",\"HLTA\"", "\"\"")) {
            boolean expected = scala.evaluateSimpleUnaryTests(tests, "cellInput", nothing);
            assertThat(literal.evaluateSimpleUnaryTests(tests, "cellInput", nothing)).as(tests).isEqualTo(expected);
        }
        assertThat((Object) literal.evaluateSimpleExpression("cellInput", nothing)).isNull();
        assertThat(handedOn).as("answered directly").hasValue(0);
    }

    @Test
    void onlyTextIsAnsweredDirectly() {
        VariableContext text = Variables.createVariables().putValue("cellInput", "HLTA").putValue("role", "HLTA").asVariableContext();
        literal.evaluateSimpleUnaryTests("\"TEACHING_ASSISTANT\",\"HLTA\"", "cellInput", text);
        literal.evaluateSimpleExpression("role", text);
        literal.evaluateSimpleExpression("\"CAREER_STAGE\"", text);
        assertThat(handedOn).hasValue(0);

        VariableContext number = Variables.createVariables().putValue("cellInput", 3).putValue("n", 3).asVariableContext();
        literal.evaluateSimpleUnaryTests("< 28", "cellInput", text);
        literal.evaluateSimpleExpression("n", number);
        literal.evaluateSimpleExpression("not", text);
        assertThat(handedOn).hasValue(3);
    }
}
