package uk.staffcareers.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import uk.staffcareers.InvalidInputException;

/**
 * Refuses, as it is written, an Object variable sent in serialized form (say, by Camunda's REST API)
 * whose Java type the engine would refuse to read back (deserializationAllowedPackages and Classes in
 * application.yaml). Without it the variable is stored, and every later read of the case's variables
 * fails, Tasklist's form included. Runs before Camunda's own serializers and handles only such values.
 */
class ObjectTypeGuard extends ObjectSerializerStoringNothing {

    /** Each class named in a type such as java.util.ArrayList&lt;java.io.File&gt;. */
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    @Override
    public boolean canHandle(TypedValue value) {
        if (!(value instanceof ObjectValue object) || object.isDeserialized() || object.getObjectTypeName() == null) {
            return false;
        }
        ProcessEngineConfigurationImpl config = Context.getProcessEngineConfiguration();
        if (config == null || !config.isDeserializationTypeValidationEnabled()) {
            return false;
        }
        Matcher names = CLASS_NAME.matcher(object.getObjectTypeName());
        while (names.find()) {
            if (!config.getDeserializationTypeValidator().validate(names.group())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields fields) {
        throw new InvalidInputException("A variable of type Object may not hold a '" + value.getObjectTypeName()
                + "': only the application's own types and basic Java values, lists and maps are allowed");
    }

    @Override
    public String getName() {
        return "staff-careers-object-type-guard";
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
        // canHandle takes only typed, serialized Object values; an untyped value never reaches it.
        throw new IllegalStateException(getName() + " takes typed Object values only");
    }
}
