package uk.staffcareers.platform.migration;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

import uk.staffcareers.CaseStateException;

/**
 * The plans from each older version of a process that still has running cases to its latest version: Camunda's
 * generated plan (equal activities mapped, event triggers updated), validated as it is built, with what it would do.
 * Definitions are shared by every school; the caller has checked who asks.
 */
@Component
class MigrationPlanner {

    /** One older version: its plan (null when the engine refuses it) and its report. */
    record SourcePlan(ProcessDefinition source, MigrationPlan plan, MigrationReport.Source report) {
    }

    record Plans(ProcessDefinition target, List<SourcePlan> sources) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final MigrationTimers timers;

    MigrationPlanner(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.timers = new MigrationTimers(management);
    }

    Plans plan(String processKey) {
        List<ProcessDefinition> versions = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).withoutTenantId()
                .orderByProcessDefinitionVersion().asc().list();
        if (versions.isEmpty()) {
            throw CaseStateException.unknown("There is no process '" + processKey + "'");
        }
        ProcessDefinition target = versions.get(versions.size() - 1);
        List<SourcePlan> sources = versions.subList(0, versions.size() - 1).stream().filter(v -> cases(v.getId()) > 0)
                .map(source -> planFrom(source, target)).toList();
        return new Plans(target, sources);
    }

    private SourcePlan planFrom(ProcessDefinition source, ProcessDefinition target) {
        BpmnModelInstance from = repository.getBpmnModelInstance(source.getId());
        BpmnModelInstance to = repository.getBpmnModelInstance(target.getId());
        MigrationPlan plan = null;
        List<String> failures = List.of();
        try {
            plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            failures = e.getValidationReport().getInstructionReports().stream().flatMap(r -> r.getFailures().stream()
                    .map(f -> step(from, r.getMigrationInstruction().getSourceActivityId()) + ": " + f)).toList();
        }
        Set<String> sourceIds = ids(from);
        Set<String> targetIds = ids(to);
        Set<String> mappedFrom = plan == null ? targetIds : mapped(plan, MigrationInstruction::getSourceActivityId);
        Set<String> mappedTo = plan == null ? sourceIds : mapped(plan, MigrationInstruction::getTargetActivityId);
        List<MigrationReport.Step> stuck = from.getModelElementsByType(FlowNode.class).stream().filter(n -> !mappedFrom.contains(n.getId()))
                .map(n -> new MigrationReport.Step(n.getId(), n.getName(), casesIn(source.getId(), n.getId())))
                .filter(s -> !targetIds.contains(s.id()) || s.casesWaiting() > 0).toList();
        List<MigrationReport.Step> added = to.getModelElementsByType(FlowNode.class).stream()
                .filter(n -> !mappedTo.contains(n.getId()) && !sourceIds.contains(n.getId()))
                .map(n -> new MigrationReport.Step(n.getId(), n.getName(), 0)).toList();
        long cases = cases(source.getId());
        List<String> waitingWhereNothingMaps = stuck.stream().filter(s -> s.casesWaiting() > 0).map(MigrationReport.Step::id).toList();
        long blocked = waitingWhereNothingMaps.isEmpty() ? 0 : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .activityIdIn(waitingWhereNothingMaps.toArray(String[]::new)).count();
        return new SourcePlan(source, plan, new MigrationReport.Source(source.getVersion(), source.getVersionTag(), cases,
                plan == null ? 0 : cases - blocked, stuck, added, failures,
                timers.of(source.getId(), from, to, plan == null ? Set.of() : mappedFrom), null));
    }

    private long cases(String definitionId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definitionId).count();
    }

    private long casesIn(String definitionId, String activityId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definitionId).activityIdIn(activityId).count();
    }

    private static Set<String> ids(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    }

    private static Set<String> mapped(MigrationPlan plan, Function<MigrationInstruction, String> side) {
        return plan.getInstructions().stream().map(side).collect(Collectors.toSet());
    }

    private static String step(BpmnModelInstance model, String id) {
        FlowNode node = model.getModelElementById(id);
        return node == null || node.getName() == null ? id : node.getName() + " (" + id + ")";
    }
}
