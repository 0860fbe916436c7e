package uk.staffcareers.platform;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Values a task's form shows that are worked out when the form is opened, not kept in the case: the choices of a
 * select, say, which the directory answers at that moment. The case keeps ids and what its gateways read; every case
 * launched need not write, with its history, a list nobody may open for weeks (issue 19). Served by
 * {@link OpenedForms} with the task's form variables, to whoever Camunda lets read them.
 */
public interface FormValues {

    /** The forms, by their ids, that show these values, whichever task of the diagram opens them. */
    Set<String> forms();

    /** The values, by the name the form reads, worked out from the case's variables. */
    Map<String, TypedValue> valuesFor(VariableScope caseScope);
}
