package uk.staffcareers.platform;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;

import org.camunda.bpm.engine.rest.dto.task.TaskDto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the task that Tasklist sends back when someone sets its due date or follow-up date (PUT task/{id}),
 * with the mapper Camunda's REST API configures, except that the task's form reference is not read.
 * <p>
 * Tasklist sends the task as it got it, "camundaFormRef" included; Camunda 7 cannot read that field back
 * (it is an interface, with no type to build), so for every task with a Camunda Form the date was never
 * saved ("Cannot construct instance of CamundaFormRef"). The engine never takes a task's form from this
 * request, so the field is skipped, as the rest of what the task shows but cannot be changed is. Who may
 * change the task is still the engine's authorization check alone.
 * <p>
 * Jersey takes this reader over Camunda's JSON provider because it reads exactly TaskDto.
 */
@Consumes(MediaType.APPLICATION_JSON)
class TaskDtoReader implements MessageBodyReader<TaskDto> {

    @Context
    private Providers providers;
    private volatile ObjectMapper mapper;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == TaskDto.class;
    }

    @Override
    public TaskDto readFrom(Class<TaskDto> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return mapper().readValue(entityStream, TaskDto.class);
    }

    /** Camunda's own, copied on first use (its date format is configured while the web application starts) to add the mix-in. */
    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = CamundaRestJson.mapper(providers, TaskDto.class).copy()
                    .addMixIn(TaskDto.class, FormReferenceNotRead.class)
                    .configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);
        }
        return mapper;
    }

    @JsonIgnoreProperties(value = "camundaFormRef", allowGetters = true)
    private abstract static class FormReferenceNotRead {
    }
}
