package uk.staffcareers.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The {@link FormValues} of a task's form, added to its form variables when someone opens it ({@link OpenedFormValues}).
 * Asked only after Camunda has let that person read the task's variables.
 */
@Component
public class OpenedForms {

    private final List<FormValues> values;
    private final ProcessEngine engine;

    OpenedForms(List<FormValues> values, ProcessEngine engine) {
        this.values = values;
        this.engine = engine;
    }

    /** The task's values that {@code wanted} asks for, by name; none for a task whose form shows none. */
    public Map<String, TypedValue> of(String taskId, Predicate<String> wanted) {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return config.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            Expression form = task == null || task.getTaskDefinition() == null ? null
                    : task.getTaskDefinition().getCamundaFormDefinitionKey();
            if (form == null) {
                return Map.of();
            }
            Map<String, TypedValue> shown = new LinkedHashMap<>();
            for (FormValues each : values) {
                if (each.forms().contains(form.getExpressionText())) {
                    each.valuesFor(task.getProcessInstance()).forEach((name, value) -> {
                        if (wanted.test(name)) {
                            shown.put(name, value);
                        }
                    });
                }
            }
            return shown;
        });
    }
}
