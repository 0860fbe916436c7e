package uk.staffcareers.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Providers;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A person submits a task's or a start event's form, and nothing else: a variable the form does not
 * have (say, "reviewer" or "payDecider" added to the employee's own task, to route the next step to
 * themselves) is refused with 400 and nothing changes. Task variables are set through forms only, so
 * the variables endpoints of tasks are the administrator's. Applies to Camunda's REST API wherever it
 * is served: /engine-rest and the API Tasklist calls.
 */
@Priority(Priorities.AUTHORIZATION)
class SubmittedFieldsFilter implements ContainerRequestFilter {

    private static final Pattern TASK_FORM = Pattern.compile("(?:^|/)task/([^/]+)/(?:submit-form|complete|resolve)$");
    private static final Pattern TASK_VARIABLES = Pattern.compile("(?:^|/)task/([^/]+)/(?:variables|localVariables)(?:/.*)?$");
    private static final Pattern START_FORM = Pattern.compile(
            "(?:^|/)process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:submit-form|start)$");
    @Context
    private Providers providers;

    /** Each form's fields, by the definition and the task (or start event) it belongs to: deployed forms never change. */
    private final Map<String, Set<String>> fields = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "OPTIONS".equals(method) || "HEAD".equals(method)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
        Matcher taskVariables = TASK_VARIABLES.matcher(path);
        if (taskVariables.find()) {
            if (!isAdministrator(engine)) {
                abort(request, 403, "NotAllowedException", "A task's values are submitted with its form");
            }
            return;
        }
        Matcher task = TASK_FORM.matcher(path);
        Matcher start = START_FORM.matcher(path);
        Optional<Set<String>> allowed = task.find() ? taskFields(engine, task.group(1))
                : start.find() ? startFields(engine, start.group(1), start.group(2)) : Optional.empty();
        if (allowed.isEmpty()) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        JsonNode variables;
        try {
            variables = body.length == 0 ? null : CamundaRestJson.mapper(providers, JsonNode.class).readTree(body).path("variables");
        } catch (JsonProcessingException e) {
            return; // not JSON: Camunda answers 400 for it
        }
        if (variables == null || !variables.isObject()) {
            return;
        }
        for (Iterator<String> names = variables.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.get().contains(name)) {
                abort(request, 400, "InvalidInputException",
                        "'" + name + "' is not a field of this form: only the form's own fields can be submitted");
                return;
            }
        }
    }

    private Optional<Set<String>> taskFields(ProcessEngine engine, String taskId) {
        // The task's row read by its id, without checks (Camunda makes its own when it takes the submission). Camunda's
        // task query builds its long statement anew for every request: that was a fifth of a submission's time (issue 19).
        Task task = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired()
                .execute(context -> context.getTaskManager().findTaskById(taskId));
        if (task == null) {
            return Optional.empty(); // Camunda answers for a task that does not exist or is not the caller's
        }
        return Optional.of(fields.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                k -> formFields(() -> engine.getFormService().getDeployedTaskForm(taskId), engine)));
    }

    private Optional<Set<String>> startFields(ProcessEngine engine, String key, String id) {
        ProcessDefinition definition = AsApplication.run(engine.getIdentityService(), () -> {
            var query = engine.getRepositoryService().createProcessDefinitionQuery();
            return (key != null ? query.processDefinitionKey(key).latestVersion() : query.processDefinitionId(id)).list()
                    .stream().findFirst().orElse(null);
        });
        if (definition == null) {
            return Optional.empty();
        }
        return Optional.of(fields.computeIfAbsent(definition.getId(),
                k -> formFields(() -> engine.getFormService().getDeployedStartForm(definition.getId()), engine)));
    }

    /** The form's fields; a step without a form of ours takes none. */
    private static Set<String> formFields(Supplier<InputStream> form, ProcessEngine engine) {
        try (InputStream in = AsApplication.run(engine.getIdentityService(), form)) {
            return FormSchema.parse(new ModelFile("form", in.readAllBytes())).submittedVariables();
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    private static boolean isAdministrator(ProcessEngine engine) {
        var user = engine.getIdentityService().getCurrentAuthentication();
        return user != null && user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    private static void abort(ContainerRequestContext request, int status, String type, String message) {
        Refusal refusal = Refusal.logged(new Refusal(status, type, message), null);
        request.abortWith(CamundaRestRules.answer(refusal));
    }
}
