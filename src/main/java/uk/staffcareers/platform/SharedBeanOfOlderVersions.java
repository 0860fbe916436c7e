package uk.staffcareers.platform;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A delegate bean name that an older version of a diagram gave to several service tasks. Cases started on that
 * version keep calling it until they end or are migrated (README "Deployments and migrations"): it hands each task
 * to the delegate the current version names for that task, so the old and the new versions run the same code.
 */
public abstract class SharedBeanOfOlderVersions implements JavaDelegate, SetsVariables {

    private final Map<String, JavaDelegate> byActivity;

    /** The service tasks (activity ids) of the older versions that use this bean, and each one's own delegate. */
    protected SharedBeanOfOlderVersions(Map<String, JavaDelegate> byActivity) {
        this.byActivity = Map.copyOf(byActivity);
    }

    @Override
    public void execute(DelegateExecution ex) throws Exception {
        JavaDelegate delegate = byActivity.get(ex.getCurrentActivityId());
        if (delegate == null) {
            throw new IllegalStateException(ex.getCurrentActivityId() + " uses " + getClass().getSimpleName()
                    + ", which only older versions use and only for " + byActivity.keySet());
        }
        delegate.execute(ex);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        Set<ProcessVariable<?>> set = new HashSet<>();
        byActivity.values().stream().filter(SetsVariables.class::isInstance)
                .forEach(delegate -> set.addAll(((SetsVariables) delegate).variablesSet()));
        return set;
    }
}
