package uk.staffcareers.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The choices of a form's select or radio (form-js "valuesKey"): people chosen by name, their staff number
 * sent. As a JSON variable, the only list form-js reads.
 */
public final class FormOptions {

    private static final ObjectMapper JSON = PlainJson.MAPPER;

    private FormOptions() {
    }

    public static <P extends Person> TypedValue people(List<P> people, Function<? super P, String> label) {
        return of(people.stream().map(p -> Map.of("label", label.apply(p), "value", p.id())).toList());
    }

    /** Options as label and value, in the order given. */
    public static TypedValue of(List<Map<String, String>> options) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
