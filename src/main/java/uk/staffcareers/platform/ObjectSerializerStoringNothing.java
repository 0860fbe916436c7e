package uk.staffcareers.platform;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * A serializer of Object values placed before Camunda's own, for values it takes so that nothing is stored: no variable
 * is ever stored under its name, so none is read back.
 */
abstract class ObjectSerializerStoringNothing implements TypedValueSerializer<ObjectValue> {

    @Override
    public ValueType getType() {
        return ValueType.OBJECT;
    }

    /** The engine's default format: only a serializer of that format wins when several could take a value. */
    @Override
    public String getSerializationDataformat() {
        return Context.getProcessEngineConfiguration().getDefaultSerializationFormat();
    }

    @Override
    public ObjectValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
        throw new IllegalStateException("No variable is stored by " + getName());
    }

    @Override
    public boolean isMutableValue(ObjectValue value) {
        return false;
    }
}
