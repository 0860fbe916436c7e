package uk.staffcareers.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

import uk.staffcareers.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A process variable with its name and its Java type, declared once in the process's Vars class: code reads and
 * writes it through here, so a renamed variable fails to compile and no cast is needed. Each kind reads the value
 * as the engine and Tasklist store it today and writes it the same way (README "Code").
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<VariableScope, T> reader;
    private final Function<T, Object> writer;

    private ProcessVariable(String name, Function<VariableScope, T> reader, Function<T, Object> writer) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
    }

    /** A text (a form's text field, a username, an enum's name): read stripped, an empty or blank one as none. */
    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, scope -> CaseVariables.text(scope, name), value -> value);
    }

    /** A text exactly as stored, unstripped (a free text that a service takes as the person wrote it). */
    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, scope -> (String) scope.getVariable(name), value -> value);
    }

    /** A yes/no (a gateway's decision, a form's checkbox): an unticked box may arrive as no variable, which is no. */
    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, scope -> CaseVariables.flag(scope, name), value -> value);
    }

    /** A day, stored as Tasklist's date picker stores it: the text yyyy-mm-dd (a time after it is ignored). */
    public static ProcessVariable<LocalDate> date(String name) {
        return new ProcessVariable<>(name, scope -> CaseVariables.date(scope, name), value -> value == null ? null : value.toString());
    }

    /** A moment (a timer's or a task's due date), stored as a date-time. */
    public static ProcessVariable<Date> dateTime(String name) {
        return new ProcessVariable<>(name, scope -> (Date) scope.getVariable(name), value -> value);
    }

    /** A record's id in the application's tables, stored as a long. */
    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, scope -> scope.getVariable(name) instanceof Number n ? n.longValue() : null, value -> value);
    }

    /** A whole number (a count), stored as an integer; a form may send it as text. */
    public static ProcessVariable<Integer> number(String name) {
        return new ProcessVariable<>(name, scope -> {
            Object value = scope.getVariable(name);
            if (value instanceof Number n) {
                return n.intValue();
            }
            String text = CaseVariables.text(scope, name);
            try {
                return text == null ? null : Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("'" + name + "' must be a whole number, not " + text);
            }
        }, value -> value);
    }

    /** An amount (a form's number field that allows pence, e.g. a cost), read exactly as sent; written as a double, as forms send it. */
    public static ProcessVariable<BigDecimal> decimal(String name) {
        return new ProcessVariable<>(name, scope -> {
            Object value = scope.getVariable(name);
            return value == null ? null : new BigDecimal(value.toString());
        }, value -> value == null ? null : value.doubleValue());
    }

    /** The values of a multi-select (checklist, taglist), however the client sent them; written as a list. */
    public static ProcessVariable<List<String>> values(String name) {
        return new ProcessVariable<>(name, scope -> CaseVariables.values(scope, name), value -> value);
    }

    /** The numbers ticked on a multi-select (e.g. the standards on a checklist); written as a list. */
    public static ProcessVariable<List<Integer>> numbers(String name) {
        return new ProcessVariable<>(name, scope -> CaseVariables.numbers(scope, name), value -> value);
    }

    /** The options of a form's select or checklist, written as a JSON variable (FormOptions) and read only by forms. */
    public static ProcessVariable<TypedValue> formOptions(String name) {
        return new ProcessVariable<>(name, scope -> scope.getVariableTyped(name), value -> value);
    }

    /** A decision table's single result (its output columns by name), as the engine's resultVariable stores it. */
    @SuppressWarnings("unchecked")
    public static ProcessVariable<Map<String, Object>> decisionResult(String name) {
        return new ProcessVariable<>(name, scope -> (Map<String, Object>) scope.getVariable(name), value -> value);
    }

    public String name() {
        return name;
    }

    /** The value, or empty when the case has none. */
    public Optional<T> from(VariableScope scope) {
        return Optional.ofNullable(reader.apply(scope));
    }

    /** The value, or null when the case has none (an optional form field). */
    public T get(VariableScope scope) {
        return reader.apply(scope);
    }

    /** The value that the case must have; its absence is a fault in the model, which names the variable. */
    public T required(VariableScope scope) {
        T value = reader.apply(scope);
        if (value == null) {
            throw new IllegalStateException("The case has no variable '" + name + "', which this step needs");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, writer.apply(value));
    }

    /** Sets it on a running case from outside (a change the application makes to the case). */
    public void set(RuntimeService runtime, String executionId, T value) {
        runtime.setVariable(executionId, name, writer.apply(value));
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** The value as it is stored, for the variables of a case being started or a message. */
    public Object stored(T value) {
        return writer.apply(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessVariable<?> that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
