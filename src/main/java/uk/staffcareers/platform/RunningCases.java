package uk.staffcareers.platform;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * The running cases of some schools (tenants), each with its business key beside the name of the person it is
 * about: Cockpit's own lists show only the key (APPRAISAL-2026/27-E1004). Read as the signed-in user, so the
 * engine's authorizations apply as in Cockpit. Top-level cases only (a capability meeting is part of its case),
 * by business key, at most {@code limit} (ask for one more to learn whether there are more: a count of every running
 * case, authorization-checked, costs more than the page). From the runtime tables, which finished cases leave; the start times of
 * the page's cases from history by id.
 */
@Component
public class RunningCases {

    /** A running case: its key, the process's name, whom it is about, its school (tenant) and when it started. */
    public record RunningCase(String businessKey, String process, String staffName, String tenantId, Instant started) {
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;

    RunningCases(RuntimeService runtime, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
    }

    public List<RunningCase> of(List<String> tenantIds, int limit) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        List<ProcessInstance> found = query(tenantIds).orderByBusinessKey().asc().listPage(0, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        String[] ids = found.stream().map(ProcessInstance::getId).toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        runtime.createVariableInstanceQuery().variableName(CaseLabels.STAFF_NAME).processInstanceIdIn(ids)
                .disableCustomObjectDeserialization().list().stream().filter(v -> v.getValue() != null)
                .forEach(v -> names.putIfAbsent(v.getProcessInstanceId(), v.getValue().toString()));
        Map<String, Instant> started = new HashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(ids)).list()
                .forEach(h -> started.put(h.getId(), h.getStartTime().toInstant()));
        Map<String, String> processNames = new HashMap<>();
        return found.stream().map(p -> new RunningCase(p.getBusinessKey(),
                processNames.computeIfAbsent(p.getProcessDefinitionId(), this::processName),
                names.get(p.getId()), p.getTenantId(), started.get(p.getId()))).toList();
    }

    private ProcessInstanceQuery query(List<String> tenantIds) {
        return runtime.createProcessInstanceQuery().rootProcessInstances().tenantIdIn(tenantIds.toArray(String[]::new));
    }

    private String processName(String definitionId) {
        var definition = repository.getProcessDefinition(definitionId);
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }
}
