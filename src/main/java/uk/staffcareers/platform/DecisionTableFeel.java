package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputClause;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.OutputClause;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * Every FEEL text of a decision table parsed as the DMN engine will read it, before it is deployed: each
 * rule's input entries as unary tests, its output entries and each column's input expression as
 * expressions. The parser is the one Camunda's DMN engine evaluates with (the Scala FEEL engine); nothing
 * is evaluated. A typo such as {@code =< 28} otherwise deploys and fails every case that reaches the table.
 */
final class DecisionTableFeel {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private final ModelFile file;
    private final List<ModelViolation> violations;

    private DecisionTableFeel(ModelFile file, List<ModelViolation> violations) {
        this.file = file;
        this.violations = violations;
    }

    /** The violations of every decision in the file: decision id, rule number and id, column and the parser's words. */
    static List<ModelViolation> check(ModelFile file, DmnModelInstance dmn) {
        List<ModelViolation> violations = new ArrayList<>();
        DecisionTableFeel check = new DecisionTableFeel(file, violations);
        for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
            if (decision.getExpression() instanceof DecisionTable table) {
                check.table(decision.getId(), table);
            } else if (decision.getExpression() instanceof LiteralExpression literal) {
                check.parse(decision.getId(), "literal expression", literal.getText(), FEEL::parseExpression);
            }
        }
        return violations;
    }

    private void table(String decisionId, DecisionTable table) {
        List<InputClause> inputs = new ArrayList<>(table.getInputs());
        List<OutputClause> outputs = new ArrayList<>(table.getOutputs());
        for (InputClause input : inputs) {
            parse(decisionId, "input column " + name(input) + ", its expression",
                    input.getInputExpression() == null ? null : input.getInputExpression().getText(), FEEL::parseExpression);
        }
        int number = 0;
        for (Rule rule : table.getRules()) {
            number++;
            String where = "rule " + number + " (" + rule.getId() + "), ";
            Iterator<InputClause> input = inputs.iterator();
            for (UnaryTests entry : rule.getInputEntries()) {
                String column = input.hasNext() ? name(input.next()) : "?";
                parse(decisionId, where + "input " + column, entry.getText(), FEEL::parseUnaryTests);
            }
            Iterator<OutputClause> output = outputs.iterator();
            for (LiteralExpression entry : rule.getOutputEntries()) {
                String column = output.hasNext() ? name(output.next()) : "?";
                parse(decisionId, where + "output " + column, entry.getText(), FEEL::parseExpression);
            }
        }
    }

    /** An empty cell is "any value" for an input and "no value" for an output: the engine does not parse it either. */
    private void parse(String decisionId, String where, Text text, Function<String, ParseResult> parser) {
        String feel = text == null ? null : text.getTextContent();
        if (feel == null || feel.isBlank()) {
            return;
        }
        ParseResult result = parser.apply(feel);
        if (result.isFailure()) {
            violations.add(new ModelViolation(file.name(), decisionId,
                    where + ": not valid FEEL, " + result.failure().message()));
        }
    }

    /** How Modeler heads the column: its label, else the expression or the output's name, else its id. */
    private static String name(InputClause input) {
        String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null ? null
                : input.getInputExpression().getText().getTextContent();
        return quoted(input.getLabel(), expression, input.getId());
    }

    private static String name(OutputClause output) {
        return quoted(output.getLabel(), output.getName(), output.getId());
    }

    private static String quoted(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return "'" + candidate.strip() + "'";
            }
        }
        return "?";
    }
}
