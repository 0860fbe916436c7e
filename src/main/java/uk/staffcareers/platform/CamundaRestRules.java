package uk.staffcareers.platform;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Our rules in Camunda's REST API, at /engine-rest and where Tasklist and Cockpit call it
 * (/camunda/api/engine): refusals answered as {@link Refusal} says, a form submits only its own fields
 * ({@link SubmittedFieldsFilter}), statistics are for overseers ({@link StatisticsForOverseers}), a task's
 * dates can be saved from Tasklist ({@link TaskDtoReader}), one JSON mapper for every request ({@link SharedRestJson}),
 * a filter's list reads the filter once ({@link FilterListInOneRead}: at the default engine's paths only where Camunda
 * serves them, /engine-rest), a form's variables include the values worked out when it is opened ({@link OpenedFormValues}).
 * Registered in every Jersey application through META-INF/services, since the webapps' application is
 * Camunda's own. Each mapper is first among mappers of its exception type (priority 1), so it wins over
 * Camunda's; what it has no refusal for still goes to Camunda's handler.
 */
public class CamundaRestRules implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        context.register(Runtime.class).register(Engine.class).register(Rest.class).register(SubmittedFieldsFilter.class)
                .register(StatisticsForOverseers.class).register(TaskDtoReader.class).register(SharedRestJson.class)
                .register(FilterListInOneRead.OfNamedEngine.class).register(OpenedFormValues.class);
        if (context.getConfiguration().isRegistered(DefaultProcessEngineRestServiceImpl.class)) {
            context.register(FilterListInOneRead.OfDefaultEngine.class);
        }
    }

    static Response answer(Refusal refusal) {
        return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", refusal.type(), "message", refusal.message())).build();
    }

    /** Ours (bad input, not allowed, unknown), and database errors of our own steps. */
    @Priority(1)
    public static class Runtime implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            return Refusal.of(e).map(r -> answer(Refusal.logged(r, e))).orElseGet(() -> new ExceptionHandler().toResponse(e));
        }
    }

    /** The engine's exceptions, ours inside them, another school's case, the engine's database errors. */
    @Priority(1)
    public static class Engine implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            return Refusal.of(e).map(r -> answer(Refusal.logged(r, e)))
                    .orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(e));
        }
    }

    /** Camunda's REST wrappers ("Cannot instantiate process definition …: …") around a refusal of ours. */
    @Priority(1)
    public static class Rest implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            return Refusal.of(e.getCause()).map(r -> answer(Refusal.logged(r, e))).orElseGet(() -> new RestExceptionHandler().toResponse(e));
        }
    }
}
