package uk.staffcareers.platform.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.platform.Analysts;
import uk.staffcareers.platform.AsApplication;

/**
 * How far a migration batch has come, and each of its cases: moved, waiting to be moved, failed (with where it waits
 * and the engine's reason; Camunda keeps the failed job, and an administrator may retry it once the cause is fixed)
 * or ended before it was moved. Cases are named by business key.
 */
@Component
class MigrationProgress {

    public record Progress(String batchId, String processKey, int sourceVersion, int targetVersion, String requestedBy,
            String requestedAt, String state, long cases, long moved, long failed, long waiting, List<CaseResult> results) {
    }

    public record CaseResult(String businessKey, String result, String reason) {
    }

    private final Analysts analysts;
    private final IdentityService identity;
    private final MigrationLedger ledger;
    private final ManagementService management;
    private final HistoryService history;

    MigrationProgress(Analysts analysts, IdentityService identity, MigrationLedger ledger, ManagementService management,
            HistoryService history) {
        this.analysts = analysts;
        this.identity = identity;
        this.ledger = ledger;
        this.management = management;
        this.history = history;
    }

    Progress of(String batchId) {
        analysts.require();
        return AsApplication.run(identity, () -> progressOf(batchId));
    }

    private Progress progressOf(String batchId) {
        MigrationLedger.Migration migration = ledger.find(batchId)
                .orElseThrow(() -> CaseStateException.unknown("There is no migration with the batch id '" + batchId + "'"));
        List<MigrationLedger.Case> cases = ledger.cases(batchId);
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        List<Job> failedJobs = batch == null ? List.of()
                : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException().list();
        Map<String, HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(cases.stream().map(MigrationLedger.Case::processInstanceId).collect(Collectors.toSet())).list()
                .stream().collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        List<CaseResult> results = cases.stream().map(c -> result(c, instances.get(c.processInstanceId()), migration, failedJobs)).toList();
        return new Progress(batchId, migration.processKey(), migration.sourceVersion(), migration.targetVersion(), migration.requestedBy(),
                migration.requestedAt().toString(), state(batch, batchId), cases.size(), count(results, "moved"), count(results, "failed"),
                count(results, "waiting"), results);
    }

    private CaseResult result(MigrationLedger.Case c, HistoricProcessInstance instance, MigrationLedger.Migration migration,
            List<Job> failedJobs) {
        String name = c.businessKey() != null ? c.businessKey() : c.processInstanceId();
        if (instance != null && migration.targetDefinition().equals(instance.getProcessDefinitionId())) {
            return new CaseResult(name, "moved", null);
        }
        Optional<Job> failed = failedJobs.stream().filter(j -> String.valueOf(j.getExceptionMessage()).contains(c.processInstanceId())).findFirst();
        if (failed.isPresent()) {
            return new CaseResult(name, "failed", "It waits at " + waitingAt(c.processInstanceId()) + ": "
                    + failed.get().getExceptionMessage().replaceAll("ENGINE-\\d+ ", "").replaceAll("\\s+", " ").strip());
        }
        if (instance == null || instance.getEndTime() != null) {
            return new CaseResult(name, "ended", "The case ended before it was moved");
        }
        return new CaseResult(name, "waiting", null);
    }

    private String waitingAt(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).unfinished().list().stream()
                .filter(a -> !a.getActivityType().equals("processDefinition") && !a.getActivityType().equals("subProcess"))
                .map(MigrationProgress::step).collect(Collectors.joining(", "));
    }

    private static String step(HistoricActivityInstance activity) {
        return (activity.getActivityName() == null ? "" : activity.getActivityName() + " ") + "(" + activity.getActivityId() + ")";
    }

    private String state(Batch batch, String batchId) {
        if (batch == null) {
            return history.createHistoricBatchQuery().batchId(batchId).count() > 0 ? "finished" : "removed";
        }
        BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        return statistics != null && statistics.getRemainingJobs() > 0 && statistics.getRemainingJobs() == statistics.getFailedJobs()
                ? "stopped: every case left has failed" : "running";
    }

    private static long count(List<CaseResult> results, String result) {
        return results.stream().filter(r -> r.result().equals(result)).count();
    }
}
