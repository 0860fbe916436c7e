package uk.staffcareers.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    /** The first three user tasks, in the order the simulated users complete them. */
    static final List<String> WORKED_TASKS = List.of("Floor_Task1", "Floor_Task2", "Floor_Task3");

    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    private int started;

    Floor(RunningApp app) {
        this.runtime = app.bean(RuntimeService.class);
        this.transactions = app.bean(TransactionTemplate.class);
        app.bean(RepositoryService.class).createDeployment().name("Benchmark floor")
                .addModelInstance(KEY + ".bpmn", diagram()).deploy();
    }

    static BpmnModelInstance diagram() {
        return Bpmn.createExecutableProcess(KEY).name("Benchmark floor").camundaHistoryTimeToLive(180)
                .startEvent("Floor_Start")
                .userTask("Floor_Task1").camundaAssignee("${headteacher}")
                .userTask("Floor_Task2").camundaAssignee("${appraiser}")
                .userTask("Floor_Task3").camundaAssignee("${employee}")
                .parallelGateway("Floor_Fork")
                .userTask("Floor_Task4").camundaAssignee("${appraiser}").endEvent("Floor_End4")
                .moveToNode("Floor_Fork")
                .userTask("Floor_Task5").camundaAssignee("${appraiser}").endEvent("Floor_End5")
                .done();
    }

    /**
     * Starts cases one transaction each, as the launch does, with the same start variables (the member
     * of staff as employeeId, so that no tenant or access rule applies) and returns their ids.
     */
    List<String> start(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = ++started;
            ids.add(transactions.execute(tx -> runtime.createProcessInstanceByKey(KEY).businessKey("FLOOR-" + n)
                    .setVariables(Map.of("employeeId", "F" + n, "periodStart", "2026-09-01", "periodEnd", "2027-08-31",
                            "launchedBy", BenchTrust.HR, "headteacher", "admin", "appraiser", "admin", "employee", "admin"))
                    .execute().getId()));
        }
        return ids;
    }
}
