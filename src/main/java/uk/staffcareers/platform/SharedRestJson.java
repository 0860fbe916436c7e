package uk.staffcareers.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;

import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's REST JSON mapper, made once per REST application instead of once per request. Camunda's JacksonConfigurator
 * hands out a new mapper every time it is asked, and a new mapper learns again how to read and write each type: that
 * learning was a third of the processor time of Tasklist's "My tasks" request (issue 19). The mapper is configured by
 * the same JacksonConfigurator at the first request (so with the date format Camunda's would have then), and is never
 * changed afterwards, which is what makes sharing it between requests safe. Ranked first ({@code @Priority(1)}) so that
 * Jersey asks it before Camunda's.
 */
@Produces(MediaType.APPLICATION_JSON)
@Priority(1)
class SharedRestJson implements ContextResolver<ObjectMapper> {

    private volatile ObjectMapper mapper;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper made = mapper;
        if (made == null) {
            // Two first requests at once may each make one: both are configured alike, and one is kept.
            made = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
            mapper = made;
        }
        return made;
    }
}
