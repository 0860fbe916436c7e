package uk.staffcareers.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;

import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A task's form variables ({@code GET …/task/{id}/form-variables}, what Tasklist reads to fill a Camunda Form) with the
 * {@link FormValues} its form shows, worked out now. Added only to Camunda's own answer of 200, so only for someone
 * Camunda lets read the task's variables; a value the case still keeps under the same name (a case launched before)
 * is answered as it is now. Applies wherever Camunda's REST API is served: /engine-rest and the API Tasklist calls.
 */
@Priority(Priorities.USER)
class OpenedFormValues implements ContainerResponseFilter {

    private static final Pattern FORM_VARIABLES = Pattern.compile("(?:^|/)task/([^/]+)/form-variables$");

    @Context
    private ServletContext servlet;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Matcher form = FORM_VARIABLES.matcher(request.getUriInfo().getPath());
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !(response.getEntity() instanceof Map<?, ?> answered)
                || !form.find()) {
            return;
        }
        Set<String> names = requested(request.getUriInfo().getQueryParameters().getFirst("variableNames"));
        Map<String, TypedValue> values = WebApplicationContextUtils.getRequiredWebApplicationContext(servlet).getBean(OpenedForms.class)
                .of(form.group(1), name -> names == null || names.contains(name));
        if (!values.isEmpty()) {
            Map<Object, Object> variables = new LinkedHashMap<>(answered);
            values.forEach((name, value) -> variables.put(name, VariableValueDto.fromTypedValue(value, true)));
            response.setEntity(variables);
        }
    }

    /** Camunda's {@code variableNames}, a comma-separated list; none given means every variable. */
    private static Set<String> requested(String variableNames) {
        return variableNames == null ? null
                : Arrays.stream(variableNames.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
