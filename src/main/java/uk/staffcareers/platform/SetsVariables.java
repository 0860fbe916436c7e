package uk.staffcareers.platform;

import java.util.Set;

/**
 * Implemented by delegates that set process variables, so the model check can prove that every
 * variable a gateway reads is set by some form or delegate.
 */
public interface SetsVariables {

    Set<String> variablesSet();
}
