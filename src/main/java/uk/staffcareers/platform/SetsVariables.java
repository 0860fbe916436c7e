package uk.staffcareers.platform;

import java.util.HashSet;
import java.util.Set;

/**
 * Implemented by delegates that set process variables, so the model check can prove that every variable a
 * gateway reads is set by some form or delegate. A delegate declares every variable it sets (its unit test
 * fails otherwise: FakeExecution.run).
 */
public interface SetsVariables {

    Set<ProcessVariable<?>> variablesSet();

    /** The variables of several sets, for a delegate that also sets what a shared step sets. */
    @SafeVarargs
    static Set<ProcessVariable<?>> union(Set<? extends ProcessVariable<?>>... sets) {
        Set<ProcessVariable<?>> all = new HashSet<>();
        for (Set<? extends ProcessVariable<?>> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
