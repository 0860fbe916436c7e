package uk.staffcareers.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** The variables a case starts with, or a message carries, each through its typed variable. */
public final class VariableValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static VariableValues of() {
        return new VariableValues();
    }

    public <T> VariableValues with(ProcessVariable<T> variable, T value) {
        values.put(variable.name(), variable.stored(value));
        return this;
    }

    public Map<String, Object> asMap() {
        return values;
    }
}
