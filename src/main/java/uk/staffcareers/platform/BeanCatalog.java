package uk.staffcareers.platform;

import java.util.Set;

/** What the conformance check needs to know of the application's beans. */
public interface BeanCatalog {

    boolean hasBean(String name);

    /** The process variables that the named bean sets, when it declares them; empty otherwise. */
    Set<String> variablesSetBy(String beanName);
}
