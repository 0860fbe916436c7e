package uk.staffcareers.platform;

import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** The bean catalog of the running application. */
@Component
class SpringBeanCatalog implements BeanCatalog {

    private final ApplicationContext context;

    SpringBeanCatalog(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean hasBean(String name) {
        return context.containsBean(name);
    }

    @Override
    public Set<String> variablesSetBy(String beanName) {
        return hasBean(beanName) && context.getBean(beanName) instanceof SetsVariables setter
                ? setter.variablesSet() : Set.of();
    }
}
