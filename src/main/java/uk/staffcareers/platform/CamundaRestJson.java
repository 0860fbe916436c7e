package uk.staffcareers.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper Camunda's REST API is configured with (its JacksonConfigurator, with the engine's date format), as
 * Jersey hands it to the providers Jersey itself creates (SubmittedFieldsFilter, TaskDtoReader): they read the same
 * requests as Camunda's resources, so they read them the same way.
 */
final class CamundaRestJson {

    private CamundaRestJson() {
    }

    static ObjectMapper mapper(Providers providers, Class<?> readType) {
        ContextResolver<ObjectMapper> configured = providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
        if (configured == null) {
            throw new IllegalStateException("Camunda's REST API has no JSON mapper (JacksonConfigurator) registered");
        }
        return configured.getContext(readType);
    }
}
