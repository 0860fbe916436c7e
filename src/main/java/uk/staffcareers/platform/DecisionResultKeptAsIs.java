package uk.staffcareers.platform;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The whole result of a decision table, which the engine hands to a business rule task's output mappings as the
 * transient variable {@code decisionResult}, kept as the object it is. Camunda writes every variable it holds out in its
 * stored form, this one too, though a transient variable is never stored: each case's launch wrote its decision's
 * result out as JSON, 5 % of the launch's processor time, for nothing (README "Benchmark"). Only transient decision
 * results come here; a decision result set as an ordinary variable is stored by Camunda's serializers as before.
 */
class DecisionResultKeptAsIs extends ObjectSerializerStoringNothing {

    @Override
    public boolean canHandle(TypedValue value) {
        return value != null && value.isTransient() && value.getValue() instanceof DmnDecisionResult;
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untyped) {
        return Variables.objectValue(untyped.getValue(), true).create();
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields fields) {
        // Nothing to write: a transient variable never reaches the database.
    }

    @Override
    public String getName() {
        return "staff-careers-transient-decision-result";
    }
}
