package uk.staffcareers.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The floor: a bare diagram with the user tasks the appraisal case reaches in the measured steps (three
 * in turn, then two side by side) and nothing else: no delegates, listeners, forms, tenants or
 * authorizations. Run in the same JVM, database and thread count, it is what the engine alone costs.
 */
final class Floor {

    static final String KEY = "bench-floor";
    private static final String FORM = "bench-floor-form";
    /** The first three user tasks, in the order the simulated users complete them. */
    static final List<String> WORKED_TASKS = List.of("Floor_Task1", "Floor_Task2", "Floor_Task3");

    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    /** As many threads as the application's launch starts cases on. */
    private final int threads;
    private int started;

    Floor(RunningApp app) {
        this.runtime = app.bean(RuntimeService.class);
        this.transactions = app.bean(TransactionTemplate.class);
        this.threads = app.bean(org.springframework.core.env.Environment.class).getProperty("staffcareers.launch.threads", Integer.class, 4);
        // Every deployment passes the model rules, the floor's too: a version tag and a form on each user task, with the
        // fields the floor's submissions send (a form submits only its own fields).
        String fields = java.util.stream.Stream.of("appraiserStaffId", "objective1", "criteria1", "assessment1", "developmentObjective",
                "agreement").map(key -> "{\"id\": \"Field_%s\", \"type\": \"textfield\", \"key\": \"%s\", \"label\": \"%s (optional)\"}"
                        .formatted(key, key, key)).collect(java.util.stream.Collectors.joining(", "));
        app.bean(RepositoryService.class).createDeployment().name("Benchmark floor")
                .addModelInstance(KEY + ".bpmn", diagram())
                .addString(FORM + ".form", "{\"id\": \"" + FORM + "\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": [" + fields + "]}")
                .deploy();
    }

    static BpmnModelInstance diagram() {
        return Bpmn.createExecutableProcess(KEY).name("Benchmark floor").camundaHistoryTimeToLive(180).camundaVersionTag("bench")
                .startEvent("Floor_Start")
                .userTask("Floor_Task1").camundaAssignee("${headteacher}").camundaFormRef(FORM).camundaFormRefBinding("deployment")
                .userTask("Floor_Task2").camundaAssignee("${appraiser}").camundaFormRef(FORM).camundaFormRefBinding("deployment")
                .userTask("Floor_Task3").camundaAssignee("${employee}").camundaFormRef(FORM).camundaFormRefBinding("deployment")
                .parallelGateway("Floor_Fork")
                .userTask("Floor_Task4").camundaAssignee("${appraiser}").camundaFormRef(FORM).camundaFormRefBinding("deployment")
                .endEvent("Floor_End4")
                .moveToNode("Floor_Fork")
                .userTask("Floor_Task5").camundaAssignee("${appraiser}").camundaFormRef(FORM).camundaFormRefBinding("deployment")
                .endEvent("Floor_End5")
                .done();
    }

    /**
     * Starts cases one transaction each on the launch's number of threads, as the launch does, with the same start
     * variables (the member of staff as employeeId, so that no tenant or access rule applies) and returns their ids.
     */
    List<String> start(int count) {
        int first = started + 1;
        started += count;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<String> ids = new ArrayList<>(count);
            for (Future<String> id : pool.invokeAll(IntStream.range(first, first + count).<Callable<String>>mapToObj(n -> () -> startOne(n)).toList())) {
                ids.add(id.get());
            }
            return ids;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("The floor's cases did not start", e);
        } finally {
            pool.shutdown();
        }
    }

    private String startOne(int n) {
        return transactions.execute(tx -> runtime.createProcessInstanceByKey(KEY).businessKey("FLOOR-" + n)
                .setVariables(Map.of("employeeId", "F" + n, "periodStart", "2026-09-01", "periodEnd", "2027-08-31",
                        "launchedBy", BenchTrust.HR, "headteacher", "admin", "appraiser", "admin", "employee", "admin"))
                .execute().getId());
    }
}
