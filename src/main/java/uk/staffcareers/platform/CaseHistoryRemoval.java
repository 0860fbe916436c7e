package uk.staffcareers.platform;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's side of a case, found by its business key (APPRAISAL-2025/26-E1004, CAPABILITY-7, HLTA-E1007-1):
 * whether any of its processes still runs, and the deletion of its history with the processes it called, once the
 * application's retention schedule has deleted the case's own records. Done as the application: the schedule, not
 * the caller's Camunda authorizations, decides which cases go.
 */
@Component
public class CaseHistoryRemoval {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;

    CaseHistoryRemoval(RuntimeService runtime, HistoryService history, IdentityService identity) {
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    /** Whether a process of the case is still running (open, waiting for an answer, an appeal or a timer). */
    public boolean running(String businessKey) {
        return AsApplication.run(identity, () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0);
    }

    /** Deletes the history of the cases' finished processes and of every process they called; returns how many processes. */
    public int forget(Collection<String> businessKeys) {
        return AsApplication.run(identity, () -> {
            // A concern's key and its capability case's key reach the same called process: each is deleted once.
            Set<String> ids = new LinkedHashSet<>();
            Deque<String> parents = new ArrayDeque<>();
            for (String key : businessKeys) {
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).finished().list()
                        .forEach(p -> parents.add(p.getId()));
            }
            while (!parents.isEmpty()) {
                String id = parents.pop();
                if (!ids.add(id)) {
                    continue;
                }
                history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().stream()
                        .map(HistoricProcessInstance::getId).forEach(parents::add);
            }
            if (!ids.isEmpty()) {
                history.deleteHistoricProcessInstancesIfExists(List.copyOf(ids));
            }
            return ids.size();
        });
    }
}
