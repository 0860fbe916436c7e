package uk.staffcareers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A controller on its own (@WebMvcTest: Spring MVC, the controller, our ApiErrors, Bean Validation; no engine, no
 * database), its services mocked with @MockitoBean. Who signed in is the REST filters' and the engine's business,
 * tested by the ITs: here the servlet filters are left out, so a test reaches the controller as a request would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
public @interface ApiSliceTest {

    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
