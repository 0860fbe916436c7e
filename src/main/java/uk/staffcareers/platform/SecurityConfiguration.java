package uk.staffcareers.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST APIs accept only authenticated users; the Camunda webapps keep their own login. */
@Configuration
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<RestAuthenticationFilter> restAuthentication(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new RestAuthenticationFilter(identity));
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setName("rest-authentication");
        return registration;
    }
}
