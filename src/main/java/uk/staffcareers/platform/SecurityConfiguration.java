package uk.staffcareers.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The REST APIs accept only authenticated users; the Camunda webapps keep their own login, throttled
 * like the APIs'.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<RestAuthenticationFilter> restAuthentication(IdentityService identity, BasicLogin login) {
        var registration = new FilterRegistrationBean<>(new RestAuthenticationFilter(identity, login));
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setName("rest-authentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(LoginThrottle throttle) {
        var registration = new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("webapp-login-throttle");
        return registration;
    }
}
