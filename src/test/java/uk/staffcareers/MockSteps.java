package uk.staffcareers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import uk.staffcareers.platform.ProcessVariable;

/**
 * The mocked delegates of a &lt;Process&gt;ProcessTest. Each records the activity it ran at and sets only what the test
 * chose for its scenario ("this step decides objectivesAgreed false"); none reads a form's answer to work anything out.
 * What a delegate really sets, and from what, is tested in that delegate's own &lt;Name&gt;DelegateTest.
 */
public final class MockSteps {

    private final List<String> ran = new ArrayList<>();
    private final Map<String, Map<String, Object>> outputs = new HashMap<>();
    private final Map<String, String> businessKeys = new HashMap<>();

    /** Registers the delegates (their bean names) as steps that record they ran and, until the test decides, set nothing. */
    public MockSteps register(String... delegates) {
        for (String delegate : delegates) {
            outputs.put(delegate, new LinkedHashMap<>());
            Mocks.register(delegate, (JavaDelegate) execution -> run(delegate, execution));
        }
        return this;
    }

    /** From now on, each time it runs, the step sets this variable to this value (null included). */
    public MockSteps decides(String delegate, ProcessVariable<?> variable, Object value) {
        outputsOf(delegate).put(variable.name(), value);
        return this;
    }

    /** The same, for a variable the diagram's test names itself (one no delegate of ours declares). */
    public MockSteps decides(String delegate, String variable, Object value) {
        outputsOf(delegate).put(variable, value);
        return this;
    }

    /** From now on, each time it runs, the step sets these variables (keyed by variable or by name). */
    public MockSteps decides(String delegate, Map<?, ?> values) {
        values.forEach((variable, value) -> outputsOf(delegate).put(variable instanceof ProcessVariable<?> typed ? typed.name()
                : (String) variable, value));
        return this;
    }

    /**
     * From now on, each time it runs, the step gives the case this business key, as a step that opens the case's record
     * does, so that the test correlates messages by the business key as the application does.
     */
    public MockSteps givesBusinessKey(String delegate, String businessKey) {
        outputsOf(delegate);
        businessKeys.put(delegate, businessKey);
        return this;
    }

    /** The activities (service tasks) at which the mocked delegates ran, in order. */
    public List<String> ran() {
        return List.copyOf(ran);
    }

    private void run(String delegate, DelegateExecution execution) {
        ran.add(execution.getCurrentActivityId());
        execution.setVariables(outputs.get(delegate));
        if (businessKeys.containsKey(delegate)) {
            execution.setProcessBusinessKey(businessKeys.get(delegate));
        }
    }

    private Map<String, Object> outputsOf(String delegate) {
        Map<String, Object> values = outputs.get(delegate);
        if (values == null) {
            throw new IllegalArgumentException(delegate + " is not registered as a mocked step of this test");
        }
        return values;
    }
}
