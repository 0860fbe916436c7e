package uk.staffcareers.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The case CaseMoves is carrying to another school, for this thread while its new instance starts: where each of its
 * running sub-cases stands, found by the call activity that runs it (MovableCallActivity), and whether a task created
 * now is one carried over rather than new (its holder is not mailed again, TaskMailListener).
 */
final class MovingCases {

    /** A step where a case stands, with the variables local to it. */
    record Step(String activityId, Map<String, Object> locals) {
    }

    /** One process instance of the case as it stands: its definition, variables, steps and the sub-cases its call activities run. */
    record Plan(String instanceId, String definitionId, String businessKey, VariableMap variables, List<Step> steps,
            Map<String, Plan> called) {
    }

    private static final ThreadLocal<Map<String, Plan>> CALLED = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> CARRYING = new ThreadLocal<>();

    private MovingCases() {
    }

    /** Does the work of a move, during which the tasks it creates and gives are carried over, not new. */
    static <T> T carrying(Supplier<T> move) {
        CARRYING.set(true);
        try {
            return move.get();
        } finally {
            CARRYING.remove();
        }
    }

    /** Whether a move is under way on this thread. */
    static boolean active() {
        return Boolean.TRUE.equals(CARRYING.get());
    }

    /** The sub-cases that the new instance's call activities are to continue while it starts. */
    static void expect(Plan root) {
        Map<String, Plan> called = new HashMap<>();
        collect(root, called);
        CALLED.set(called);
    }

    private static void collect(Plan plan, Map<String, Plan> called) {
        plan.called().forEach((activityId, sub) -> {
            called.put(key(plan.definitionId(), activityId), sub);
            collect(sub, called);
        });
    }

    /** The sub-case a call activity of this definition is to continue, taken once; null when it starts afresh. */
    static Plan takeCalled(String definitionId, String callActivityId) {
        Map<String, Plan> called = CALLED.get();
        return called == null ? null : called.remove(key(definitionId, callActivityId));
    }

    /** Whether every sub-case found its call activity again. */
    static boolean allCalledTaken() {
        Map<String, Plan> called = CALLED.get();
        return called == null || called.isEmpty();
    }

    static void expectNothing() {
        CALLED.remove();
    }

    private static String key(String definitionId, String callActivityId) {
        return definitionId + "#" + callActivityId;
    }
}
