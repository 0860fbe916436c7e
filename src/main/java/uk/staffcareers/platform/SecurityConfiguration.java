package uk.staffcareers.platform;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The REST APIs accept only authenticated users; the Camunda webapps keep their own login, throttled
 * like the APIs'; the actuator's details need an administrator; every answer carries security headers.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("security-headers");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RestAuthenticationFilter> restAuthentication(IdentityService identity, BasicLogin login, VerifiedLogins verified,
            SignInSettings signIn) {
        var registration = new FilterRegistrationBean<>(new RestAuthenticationFilter(identity, login, verified, signIn));
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

    @Bean
    FilterRegistrationBean<ActuatorAuthenticationFilter> actuatorAuthentication(IdentityService identity, BasicLogin login) {
        var registration = new FilterRegistrationBean<>(new ActuatorAuthenticationFilter(identity, login));
        registration.addUrlPatterns("/actuator/*");
        registration.setName("actuator-authentication");
        return registration;
    }
}
