package uk.staffcareers.platform;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The running cases of some schools (tenants), each with its business key beside the name of the person it is
 * about: Cockpit's own lists show only the key (APPRAISAL-2026/27-E1004). Read as the signed-in user, so the
 * engine's authorizations apply as in Cockpit. Top-level cases only (a capability meeting is part of its case);
 * the oldest first, at most {@code limit}.
 */
@Component
public class RunningCases {

    /** A running case: its key, the process's name, whom it is about, its school (tenant) and when it started. */
    public record RunningCase(String businessKey, String process, String staffName, String tenantId, Instant started) {
    }

    private final HistoryService history;
    private final RuntimeService runtime;

    RunningCases(HistoryService history, RuntimeService runtime) {
        this.history = history;
        this.runtime = runtime;
    }

    public List<RunningCase> of(List<String> tenantIds, int limit) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery().unfinished().rootProcessInstances()
                .tenantIdIn(tenantIds.toArray(String[]::new)).orderByProcessInstanceStartTime().asc().listPage(0, limit);
        Map<String, String> names = new HashMap<>();
        if (!found.isEmpty()) {
            runtime.createVariableInstanceQuery().variableName(CaseLabels.STAFF_NAME)
                    .processInstanceIdIn(found.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                    .disableCustomObjectDeserialization().list().stream().filter(v -> v.getValue() != null)
                    .forEach(v -> names.putIfAbsent(v.getProcessInstanceId(), v.getValue().toString()));
        }
        return found.stream().map(p -> new RunningCase(p.getBusinessKey(),
                p.getProcessDefinitionName() == null ? p.getProcessDefinitionKey() : p.getProcessDefinitionName(),
                names.get(p.getId()), p.getTenantId(), p.getStartTime().toInstant())).toList();
    }

    /** How many running top-level cases these schools have. */
    public long count(List<String> tenantIds) {
        return tenantIds.isEmpty() ? 0 : history.createHistoricProcessInstanceQuery().unfinished().rootProcessInstances()
                .tenantIdIn(tenantIds.toArray(String[]::new)).count();
    }
}
