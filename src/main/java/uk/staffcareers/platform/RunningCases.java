package uk.staffcareers.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The running cases of some schools (tenants), each with its business key beside the name of the person it is
 * about: Cockpit's own lists show only the key (APPRAISAL-2026/27-E1004). Top-level cases only (a capability meeting
 * is part of its case), by business key, at most {@code limit} (ask for one more to learn whether there are more).
 * What the signed-in user may see is what Cockpit shows them: when they may read every case of those schools (a
 * headteacher their school, the central team every school: ReadableInFull), one indexed query on the engine's runtime
 * tables by school gives the page with names and start times; otherwise the engine's own query, checked case by case.
 */
@Component
public class RunningCases {

    /** A running case: its key, the process's name, whom it is about, its school (tenant) and when it started. */
    public record RunningCase(String businessKey, String process, String staffName, String tenantId, Instant started) {
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ReadableInFull readable;
    private final JdbcClient jdbc;

    RunningCases(RuntimeService runtime, HistoryService history, RepositoryService repository, ReadableInFull readable,
            JdbcClient jdbc) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.readable = readable;
        this.jdbc = jdbc;
    }

    public List<RunningCase> of(List<String> tenantIds, int limit) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        return readable.schools(tenantIds, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ)
                .map(schools -> fromRuntimeTables(schools, limit))
                .orElseGet(() -> checkedOneByOne(tenantIds, limit));
    }

    /**
     * The page of cases first (the index on business key, or on tenant for one school), then for those alone the
     * person's name (the case's own {@code staffName}: the unique index on scope and name), the process and the start.
     */
    private List<RunningCase> fromRuntimeTables(List<String> tenantIds, int limit) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        String p = readable.tablePrefix();
        return jdbc.sql("""
                select e.BUSINESS_KEY_ as business_key, e.TENANT_ID_ as tenant_id, d.NAME_ as process_name, d.KEY_ as process_key,
                  v.TEXT_ as staff_name, h.START_TIME_ as start_time
                from (select ID_, BUSINESS_KEY_, TENANT_ID_, PROC_DEF_ID_ from %1$sACT_RU_EXECUTION
                      where PARENT_ID_ is null and SUPER_EXEC_ is null and TENANT_ID_ in (:tenants)
                      order by BUSINESS_KEY_, ID_ fetch first %2$d rows only) e
                join %1$sACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                left join %1$sACT_RU_VARIABLE v on v.VAR_SCOPE_ = e.ID_ and v.NAME_ = :name and v.TYPE_ = 'string'
                left join %1$sACT_HI_PROCINST h on h.ID_ = e.ID_
                order by e.BUSINESS_KEY_, e.ID_""".formatted(p, limit))
                .param("tenants", tenantIds).param("name", CaseLabels.STAFF_NAME.name())
                .query(RuntimeRow.class).list().stream().map(RuntimeRow::runningCase).toList();
    }

    /** A row of the runtime tables; a process without a name is shown by its key. */
    private record RuntimeRow(String businessKey, String tenantId, String processName, String processKey, String staffName,
            Timestamp startTime) {

        RunningCase runningCase() {
            return new RunningCase(businessKey, processName == null ? processKey : processName, staffName, tenantId, instant(startTime));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The engine's own query, checked case by case as the signed-in user (also what the fast path is tested against). */
    List<RunningCase> checkedOneByOne(List<String> tenantIds, int limit) {
        List<ProcessInstance> found = query(tenantIds).orderByBusinessKey().asc().listPage(0, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        String[] ids = found.stream().map(ProcessInstance::getId).toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        runtime.createVariableInstanceQuery().variableName(CaseLabels.STAFF_NAME.name()).processInstanceIdIn(ids)
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
