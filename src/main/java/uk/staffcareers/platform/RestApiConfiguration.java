package uk.staffcareers.platform;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;

/**
 * Camunda's REST API, plus one rule: input our services refuse (say, a form submitted with a
 * missing field) is the caller's mistake, so 400 with the reason rather than a 500. It stays a plain
 * runtime exception on purpose: Camunda's task resources turn every engine exception into a 500.
 */
@Component
class RestApiConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(InvalidInputMapper.class);
    }

    static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidInputException", "message", e.getMessage())).build();
        }
    }
}
