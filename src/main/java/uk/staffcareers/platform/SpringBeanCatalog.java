package uk.staffcareers.platform;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.stereotype.Component;

/**
 * The bean catalog of the running application: its own beans only. A model may not name Camunda's or
 * Spring's (runtimeService, jdbcTemplate), whose methods would act with no access checks at all.
 */
@Component
class SpringBeanCatalog implements BeanCatalog {

    private static final String APPLICATION_PACKAGE = "uk.staffcareers.";

    private final ApplicationContext context;

    SpringBeanCatalog(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean hasBean(String name) {
        if (!context.containsBean(name)) {
            return false;
        }
        Class<?> type = context.getType(name);
        return type != null && ClassUtils.getUserClass(type).getName().startsWith(APPLICATION_PACKAGE);
    }

    @Override
    public Set<String> variablesSetBy(String beanName) {
        return hasBean(beanName) && context.getBean(beanName) instanceof SetsVariables setter
                ? setter.variablesSet().stream().map(ProcessVariable::name).collect(Collectors.toSet()) : Set.of();
    }
}
