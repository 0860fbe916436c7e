package uk.staffcareers.platform.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What migration does to the timers running cases wait on. The plan updates event triggers, so the engine works each
 * timer's date out again from the new version's definition with the case's variables. Every timer of ours reads a
 * date the case stored from the trust's policy when the step opened (${objectivesDueAt}): with the same definition
 * it keeps that date, and a change to the policy since then does not move it; with a changed definition it is
 * recomputed from the new one. A duration or cycle (none of ours) would start counting again at the migration.
 */
class MigrationTimers {

    static final String KEEPS_DATE = "keeps its date: the date the case worked out from the trust's policy when the step opened "
            + "(a change to the policy since then does not move it)";

    private final ManagementService management;

    MigrationTimers(ManagementService management) {
        this.management = management;
    }

    List<MigrationReport.Timer> of(String sourceDefinitionId, BpmnModelInstance from, BpmnModelInstance to, Set<String> mapped) {
        List<MigrationReport.Timer> timers = new ArrayList<>();
        for (TimerEventDefinition timer : from.getModelElementsByType(TimerEventDefinition.class)) {
            FlowElement event = (FlowElement) timer.getParentElement();
            long waiting = management.createJobQuery().processDefinitionId(sourceDefinitionId).activityId(event.getId()).timers().count();
            if (waiting == 0 || !mapped.contains(event.getId())) {
                continue;
            }
            String before = definition(timer);
            String after = Optional.<ModelElementInstance>ofNullable(to.getModelElementById(event.getId())).map(MigrationTimers::timerOf).map(MigrationTimers::definition)
                    .orElse(before);
            timers.add(new MigrationReport.Timer(event.getId(), event.getName(), before, waiting, afterMigration(timer, before, after)));
        }
        return timers;
    }

    private static String afterMigration(TimerEventDefinition timer, String before, String after) {
        if (!before.equals(after)) {
            return "recomputed at the migration from the new definition " + after;
        }
        return timer.getTimeDate() != null ? KEEPS_DATE : "starts counting again at the migration (" + after + ")";
    }

    private static TimerEventDefinition timerOf(ModelElementInstance event) {
        return event.getChildElementsByType(TimerEventDefinition.class).stream().findFirst().orElse(null);
    }

    private static String definition(TimerEventDefinition timer) {
        if (timer == null) {
            return "";
        }
        var expression = timer.getTimeDate() != null ? timer.getTimeDate()
                : timer.getTimeDuration() != null ? timer.getTimeDuration() : timer.getTimeCycle();
        return expression == null ? "" : expression.getTextContent().strip();
    }
}
