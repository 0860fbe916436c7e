package uk.staffcareers.platform;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * What the engine holds about one person, for a subject access export (README "Subject access requests"): every case
 * about them (variable staffId), running or finished, from Camunda's history with its steps, who completed each task
 * and the case's variables; and their account's groups and schools. Read as the application: the caller's own right
 * to it is checked before (the central team and the administrator only).
 */
@Component
public class CaseHistories {

    private final HistoryService history;
    private final IdentityService identity;

    CaseHistories(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    /** Each case about the member of staff, oldest first, handed on one at a time; people named by {@code nameOf}. */
    public int eachCaseAbout(String staffId, UnaryOperator<String> nameOf, Consumer<Map<String, Object>> sink) {
        List<HistoricProcessInstance> cases = AsApplication.run(identity, () -> history.createHistoricProcessInstanceQuery()
                .variableValueEquals(CaseVariables.STAFF_ID.name(), staffId).orderByProcessInstanceStartTime().asc().list());
        for (HistoricProcessInstance c : cases) {
            sink.accept(AsApplication.run(identity, () -> describe(c, nameOf)));
        }
        return cases.size();
    }

    /** The account's Camunda groups and tenants (schools), each with its name. */
    public Map<String, Object> account(String username) {
        return AsApplication.run(identity, () -> {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("username", username);
            account.put("groups", identity.createGroupQuery().groupMember(username).list().stream()
                    .map(g -> idAndName(g.getId(), g.getName())).toList());
            account.put("schools", identity.createTenantQuery().userMember(username).includingGroupsOfUser(true).list().stream()
                    .map(t -> idAndName(t.getId(), t.getName())).toList());
            return account;
        });
    }

    /** The name of an account the directory does not hold (the administrator, an HLTA provider), else the user name. */
    public String accountName(String username) {
        User user = AsApplication.run(identity, () -> identity.createUserQuery().userId(username).singleResult());
        if (user == null) {
            return username;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? username : name;
    }

    private Map<String, Object> describe(HistoricProcessInstance c, UnaryOperator<String> nameOf) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("businessKey", c.getBusinessKey());
        out.put("process", c.getProcessDefinitionName() != null ? c.getProcessDefinitionName() : c.getProcessDefinitionKey());
        out.put("processKey", c.getProcessDefinitionKey());
        out.put("processVersion", c.getProcessDefinitionVersion());
        out.put("caseId", c.getId());
        out.put("partOfCase", c.getSuperProcessInstanceId());
        out.put("school", schoolName(c.getTenantId()));
        out.put("state", c.getState());
        out.put("started", local(c.getStartTime()));
        out.put("startedBy", nameOf.apply(c.getStartUserId() == null ? Actor.APPLICATION.name() : c.getStartUserId()));
        out.put("ended", local(c.getEndTime()));
        out.put("endReason", c.getDeleteReason());
        out.put("steps", steps(c.getId(), nameOf));
        out.put("variables", variables(c.getId()));
        return out;
    }

    private String schoolName(String tenantId) {
        Tenant tenant = tenantId == null ? null : identity.createTenantQuery().tenantId(tenantId).singleResult();
        return tenant == null ? tenantId : tenant.getName();
    }

    private List<Map<String, Object>> steps(String caseId, UnaryOperator<String> nameOf) {
        Map<String, String> completedBy = new HashMap<>();
        history.createUserOperationLogQuery().processInstanceId(caseId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
                .forEach(entry -> completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId()));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(caseId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            if (a.getActivityName() == null || a.getActivityName().isBlank()) {
                continue; // a join or a multi-instance body: the diagram's plumbing, nothing a reader would recognise
            }
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", a.getActivityName());
            step.put("type", a.getActivityType());
            step.put("started", local(a.getStartTime()));
            step.put("ended", local(a.getEndTime()));
            step.put("cancelled", a.isCanceled());
            if (a.getTaskId() != null) {
                step.put("assignee", a.getAssignee() == null ? null : nameOf.apply(a.getAssignee()));
                String by = completedBy.get(a.getTaskId());
                step.put("completedBy", by == null ? null : nameOf.apply(by));
            }
            steps.add(step);
        }
        return steps;
    }

    private List<Map<String, Object>> variables(String caseId) {
        List<Map<String, Object>> variables = new ArrayList<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(caseId)
                .disableCustomObjectDeserialization().orderByVariableName().asc().list()) {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("name", v.getName());
            variable.put("type", v.getTypeName());
            variable.put("value", plain(v.getTypedValue()));
            variables.add(variable);
        }
        return variables;
    }

    /** A variable's value as JSON can hold it: objects and JSON as their serialized text, dates in London time. */
    private static Object plain(TypedValue value) {
        if (value == null || value.getValue() == null && !(value instanceof ObjectValue)) {
            return null;
        }
        if (value instanceof ObjectValue object) {
            return object.getValueSerialized();
        }
        if (value instanceof FileValue file) {
            return "(a file: " + file.getFilename() + ")";
        }
        Object raw = value.getValue();
        if (raw instanceof Date date) {
            return local(date);
        }
        if (raw instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return raw instanceof Number || raw instanceof Boolean || raw instanceof String ? raw : raw.toString();
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), SchoolTime.ZONE);
    }

    private static Map<String, Object> idAndName(String id, String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("name", name);
        return out;
    }
}
