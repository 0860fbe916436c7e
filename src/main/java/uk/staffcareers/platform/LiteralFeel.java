package uk.staffcareers.platform;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The decision tables' FEEL, with the texts most of their cells hold answered directly: a text ({@code "TEACHER"}), a
 * rule's test that is a list of texts ({@code "CORE","PROFICIENT"}) against a text, and a column's input that names a
 * variable holding text ({@code role}), also when the variable holds nothing (a support role with no career stage).
 * Camunda's Scala FEEL engine parses each cell anew and builds its built-in functions on every evaluation: over a third
 * of the time a case takes to launch went there. Anything else goes to it, and so do these texts when the value is
 * neither text nor nothing (a number, a date), so the answers are the engine's own.
 */
final class LiteralFeel implements FeelEngine {

    /** A FEEL string without escapes: what lies between its quotes is the text itself. */
    private static final Pattern TEXT = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern TEXTS = Pattern.compile("\\s*" + TEXT + "(\\s*,\\s*" + TEXT + ")*\\s*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words FEEL reads as its own, never as a variable's name. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "not", "and", "or", "between", "in", "instance",
            "of", "function", "if", "then", "else", "for", "return", "some", "every", "satisfies");

    private final FeelEngine feel;

    LiteralFeel(FeelEngine feel) {
        this.feel = feel;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        String text = expression.strip();
        Matcher literal = TEXT.matcher(text);
        if (literal.matches()) {
            return (T) literal.group(1);
        }
        if (NAME.matcher(text).matches() && !RESERVED.contains(text) && variables.containsVariable(text)) {
            Object value = valueOf(variables, text);
            if (value == null || value instanceof String) {
                return (T) value;
            }
        }
        return feel.evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String tests, String inputName, VariableContext variables) {
        if (TEXTS.matcher(tests).matches() && variables.containsVariable(inputName)) {
            Object input = valueOf(variables, inputName);
            if (input == null || input instanceof String) {
                return input != null && anyEquals(tests, (String) input);
            }
        }
        return feel.evaluateSimpleUnaryTests(tests, inputName, variables);
    }

    private static boolean anyEquals(String tests, String input) {
        Matcher each = TEXT.matcher(tests);
        while (each.find()) {
            if (each.group(1).equals(input)) {
                return true;
            }
        }
        return false;
    }

    private static Object valueOf(VariableContext variables, String name) {
        TypedValue value = variables.resolve(name);
        return value == null ? null : value.getValue();
    }

    /** Camunda's Scala FEEL engine, with its custom functions, behind the direct answers. */
    record Factory(List<FeelCustomFunctionProvider> functions) implements FeelEngineFactory {

        @Override
        public FeelEngine createInstance() {
            return new LiteralFeel(new ScalaFeelEngineFactory(functions).createInstance());
        }
    }
}
