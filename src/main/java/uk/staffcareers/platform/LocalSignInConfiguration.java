package uk.staffcareers.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Local sign-in (the demo, an installation without an identity provider): the Camunda accounts' passwords, through
 * the application's own filters (SecurityConfiguration). Spring Security, on the classpath for school accounts, stays
 * out of every request: its filter is not registered, so it adds no login, CSRF check, header, session or URL check.
 */
@Configuration
@ConditionalOnProperty(name = "staffcareers.sign-in.mode", havingValue = "local", matchIfMissing = true)
class LocalSignInConfiguration {

    /** Spring Boot's own chain (a login for every page) would take its place; this one matches nothing. */
    @Bean
    SecurityFilterChain noSpringSecurityChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(request -> false).build();
    }

    @Bean
    static BeanPostProcessor springSecurityFilterNotRegistered() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration && "securityFilterChainRegistration".equals(name)) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }
}
