package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.SimpleDateFormat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;

import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Jersey hands every request of a REST application the same JSON mapper, configured as Camunda configures its own. */
class SharedRestJsonTest {

    private static ObjectMapper seen;

    /** A resource that keeps the mapper Jersey's providers give it, as Camunda's resources and JSON provider ask for theirs. */
    @Path("mapper")
    public static class MapperProbe {
        @Context
        private Providers providers;

        @GET
        public String probe() {
            seen = providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE).getContext(Object.class);
            return "ok";
        }
    }

    @Test
    void everyRequestGetsTheOneMapperConfiguredAsCamundasIs() throws Exception {
        // Camunda's configurator as Camunda registers it; ours comes in through META-INF/services (CamundaRestRules).
        // (Jersey's Spring bridge, on the class path for the application, wants a Spring context: an empty one.)
        ApplicationHandler application = new ApplicationHandler(new ResourceConfig(JacksonConfigurator.class, MapperProbe.class)
                .property("contextConfig", new GenericApplicationContext()));

        ObjectMapper first = mapperOfARequest(application);
        ObjectMapper second = mapperOfARequest(application);

        assertThat(second).as("the same mapper for the second request").isSameAs(first);
        ObjectMapper camundas = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
        assertThat(first.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(first.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
        assertThat(((SimpleDateFormat) first.getDateFormat()).toPattern())
                .isEqualTo(((SimpleDateFormat) camundas.getDateFormat()).toPattern());
        assertThat(first.getRegisteredModuleIds()).isEqualTo(camundas.getRegisteredModuleIds());
    }

    private static ObjectMapper mapperOfARequest(ApplicationHandler application) throws Exception {
        seen = null;
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost/mapper"), "GET",
                null, new MapPropertiesDelegate(), null);
        assertThat(application.apply(request).get().getStatus()).isEqualTo(200);
        return seen;
    }
}
