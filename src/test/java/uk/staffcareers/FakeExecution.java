package uk.staffcareers;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.mockito.Answers;
import org.mockito.MockedStatic;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.quality.Strictness;
import uk.staffcareers.platform.ProcessVariable;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.staffcareers.platform.SetsVariables;

/**
 * The execution a delegate's own unit test hands it, without an engine: the variables an earlier step or a form left,
 * who is signed in (nobody: the application), the activity and the business key. The test then reads what the
 * delegate set and removed, the messages it correlated and whom it let read the case.
 */
public final class FakeExecution {

    private final Map<String, Object> variables = new HashMap<>();
    private final List<String> removed = new ArrayList<>();
    private final Set<String> set = new LinkedHashSet<>();
    private final IdentityService identity = mock(IdentityService.class);
    private final RuntimeService runtime = mock(RuntimeService.class);
    private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
    private final List<Message> messages = new ArrayList<>();
    private final DelegateExecution execution = mock(DelegateExecution.class,
            withSettings().strictness(Strictness.LENIENT).defaultAnswer(this::answer));
    private String activityId = "Task_UnderTest";
    private String businessKey;

    /** A message the delegate correlated (to start or reach another case), with the variables it set on it. */
    public record Message(String name, Map<String, Object> variables) {
    }

    private FakeExecution() {
        when(engine.getIdentityService()).thenReturn(identity);
        when(engine.getRuntimeService()).thenReturn(runtime);
        when(runtime.createMessageCorrelation(anyString())).thenAnswer(call -> correlation(call.getArgument(0)));
    }

    /** An execution with these variables: variable (or its name), value, variable, value... */
    public static FakeExecution with(Object... variablesAndValues) {
        FakeExecution fake = new FakeExecution();
        for (int i = 0; i < variablesAndValues.length; i += 2) {
            fake.variables.put(nameOf(variablesAndValues[i]), variablesAndValues[i + 1]);
        }
        return fake;
    }

    /** One more variable, as a form or an earlier step left it. */
    public FakeExecution and(Object variable, Object value) {
        variables.put(nameOf(variable), value);
        return this;
    }

    private static String nameOf(Object variable) {
        return variable instanceof ProcessVariable<?> typed ? typed.name() : (String) variable;
    }

    /** The user who completes the task (the engine's current authentication). */
    public FakeExecution signedIn(String userId) {
        when(identity.getCurrentAuthentication()).thenReturn(new Authentication(userId, List.of()));
        return this;
    }

    /** The service task the delegate runs at. */
    public FakeExecution at(String activityId) {
        this.activityId = activityId;
        return this;
    }

    public FakeExecution businessKey(String businessKey) {
        this.businessKey = businessKey;
        return this;
    }

    /**
     * Runs the delegate on this execution, as the engine would; when it finishes, fails if it set a variable that it
     * does not declare (SetsVariables), since the model check trusts those declarations.
     */
    public void run(JavaDelegate delegate) {
        try {
            delegate.execute(execution);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Set<String> declared = delegate instanceof SetsVariables setter
                ? setter.variablesSet().stream().map(ProcessVariable::name).collect(Collectors.toSet()) : Set.of();
        List<String> undeclared = set.stream().filter(name -> !declared.contains(name)).toList();
        if (!undeclared.isEmpty()) {
            throw new AssertionError(delegate.getClass().getSimpleName() + " sets " + undeclared + " but does not declare "
                    + (undeclared.size() == 1 ? "it" : "them") + " in variablesSet()");
        }
    }

    /** What the delegate is given. */
    public DelegateExecution execution() {
        return execution;
    }

    /** The engine's services, for a test that must stub one beyond the identity service. */
    public ProcessEngineServices engine() {
        return engine;
    }

    /** A variable as the delegate left it (a typed value as set, e.g. a form's JSON options). */
    public Object variable(String name) {
        return variables.get(name);
    }

    public Object variable(ProcessVariable<?> variable) {
        return variable(variable.name());
    }

    public boolean has(String name) {
        return variables.containsKey(name);
    }

    public boolean has(ProcessVariable<?> variable) {
        return has(variable.name());
    }

    /** Whether the delegate removed the variable (and did not set it again). */
    public boolean removed(String name) {
        return removed.contains(name) && !variables.containsKey(name);
    }

    public boolean removed(ProcessVariable<?> variable) {
        return removed(variable.name());
    }

    public String businessKey() {
        return businessKey;
    }

    /**
     * Runs the delegate as inside an engine command and answers whom it let read the case (CaseAccessListener.grantRead
     * needs the command's context, which a unit test has not).
     */
    public List<String> readersGrantedBy(Runnable delegate) {
        List<String> readers = new ArrayList<>();
        AuthorizationService authorizations = mock(AuthorizationService.class);
        when(authorizations.createNewAuthorization(anyInt())).thenAnswer(call -> new AuthorizationEntity(call.getArgument(0)));
        when(authorizations.saveAuthorization(any())).thenAnswer(call -> {
            Authorization grant = call.getArgument(0);
            if (grant.getResourceType() == Resources.PROCESS_INSTANCE.resourceType() && "case-under-test".equals(grant.getResourceId())) {
                readers.add(grant.getUserId());
            }
            return grant;
        });
        when(engine.getAuthorizationService()).thenReturn(authorizations);
        CommandContext command = mock(CommandContext.class);
        when(command.runWithoutAuthorization(any(Callable.class))).thenAnswer(call -> ((Callable<?>) call.getArgument(0)).call());
        try (MockedStatic<Context> context = mockStatic(Context.class)) {
            context.when(Context::getCommandContext).thenReturn(command);
            delegate.run();
        }
        return readers;
    }

    /** The messages the delegate correlated, in order. */
    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** A correlation that records its variables and, when correlated, the message. */
    @SuppressWarnings("unchecked")
    private MessageCorrelationBuilder correlation(String name) {
        Map<String, Object> set = new HashMap<>();
        return mock(MessageCorrelationBuilder.class, withSettings().defaultAnswer(call -> {
            Object[] args = call.getArguments();
            String method = call.getMethod().getName();
            if (method.equals("setVariables")) {
                set.putAll((Map<String, Object>) args[0]);
            } else if (method.equals("setVariable")) {
                set.put((String) args[0], args[1]);
            } else if (method.startsWith("correlate")) {
                messages.add(new Message(name, new HashMap<>(set)));
                return null;
            }
            return Answers.RETURNS_SELF.answer(call);
        }));
    }

    @SuppressWarnings("unchecked")
    private Object answer(InvocationOnMock call) throws Throwable {
        Object[] args = call.getArguments();
        switch (call.getMethod().getName()) {
            case "getVariable", "getVariableLocal":
                Object value = variables.get((String) args[0]);
                return value instanceof TypedValue typed ? typed.getValue() : value;
            case "getVariableTyped", "getVariableLocalTyped":
                Object stored = variables.get((String) args[0]);
                return stored == null || stored instanceof TypedValue ? stored : Variables.untypedValue(stored);
            case "hasVariable", "hasVariableLocal":
                return variables.containsKey((String) args[0]);
            case "getVariables", "getVariablesLocal":
                return Variables.fromMap(new HashMap<>(variables));
            case "setVariable", "setVariableLocal":
                variables.put((String) args[0], args[1]);
                set.add((String) args[0]);
                return null;
            case "setVariables", "setVariablesLocal":
                variables.putAll((Map<String, ?>) args[0]);
                set.addAll(((Map<String, ?>) args[0]).keySet());
                return null;
            case "removeVariable", "removeVariableLocal":
                remove((String) args[0]);
                return null;
            case "removeVariables", "removeVariablesLocal":
                List.copyOf(args.length == 0 ? variables.keySet() : (Collection<String>) args[0]).forEach(this::remove);
                return null;
            case "getCurrentActivityId":
                return activityId;
            case "getProcessBusinessKey", "getBusinessKey":
                return businessKey;
            case "setProcessBusinessKey":
                businessKey = (String) args[0];
                return null;
            case "getProcessInstanceId", "getId":
                return "case-under-test";
            case "getProcessEngineServices":
                return engine;
            default:
                return Answers.RETURNS_DEFAULTS.answer(call);
        }
    }

    private void remove(String name) {
        variables.remove(name);
        removed.add(name);
    }
}
