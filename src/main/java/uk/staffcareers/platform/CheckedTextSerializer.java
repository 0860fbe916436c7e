package uk.staffcareers.platform;

import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.value.StringValue;

import uk.staffcareers.InvalidInputException;

/**
 * Every text the engine keeps (a form's field, a variable set through the REST API) is refused, naming
 * the field, when it is longer than Camunda's text column (4,000 characters) or holds a NUL character
 * (PostgreSQL cannot store one): a clear 400 instead of a database error, and nothing is changed.
 */
class CheckedTextSerializer extends StringValueSerializer {

    static final int MAX_LENGTH = 4000;

    /** Takes the place of Camunda's text serializer, for new variables and updates alike. */
    static void install(VariableSerializers serializers) {
        var camundas = serializers.getSerializerByName(new CheckedTextSerializer().getName());
        int index = serializers.getSerializerIndex(camundas);
        serializers.removeSerializer(camundas);
        serializers.addSerializer(new CheckedTextSerializer(), index);
    }

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
        String text = value.getValue();
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidInputException(String.format("'%s' is %,d characters long: a text may have at most %,d characters",
                    fields.getName(), text.length(), MAX_LENGTH));
        }
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidInputException("'" + fields.getName() + "' contains a NUL character, which cannot be kept: remove it");
        }
        super.writeValue(value, fields);
    }
}
