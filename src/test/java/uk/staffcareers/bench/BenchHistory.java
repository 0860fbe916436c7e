package uk.staffcareers.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.staffcareers.appraisal.AppraisalCycleProcess;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.StaffMember;

/**
 * The years before the measured one: finished appraisal cases of earlier periods, so that the queries
 * run against a trust's history. Each is a real case of the appraisal definition, started at its end
 * event (process instance modification): it has its tenant, its access rules, its start variables and
 * its place in the history tables, and a completed appraisal record; it skips the steps in between,
 * whose rows the measured queries do not read.
 */
final class BenchHistory {

    private static final int BATCH = 200;
    private static final String END = "EndEvent_YearCompleted";

    private BenchHistory() {
    }

    /** Finished cases, one per member of staff per period, going back from the period before {@code first}. */
    static int seedFinished(RunningApp app, List<StaffMember> staff, AppraisalPeriod first, int count) throws Exception {
        RuntimeService runtime = app.bean(RuntimeService.class);
        TransactionTemplate transactions = app.bean(TransactionTemplate.class);
        JdbcClient jdbc = app.bean(JdbcClient.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> batches = new java.util.ArrayList<>();
        int planned = 0;
        for (AppraisalPeriod earlier = first; planned < count; ) {
            earlier = AppraisalPeriod.containing(earlier.start().minusDays(1));
            AppraisalPeriod period = earlier;
            for (int from = 0; from < staff.size() && planned < count; from += BATCH) {
                List<StaffMember> batch = staff.subList(from, Math.min(staff.size(), from + Math.min(BATCH, count - planned)));
                planned += batch.size();
                batches.add(pool.submit(() -> transactions.executeWithoutResult(tx -> batch.forEach(member -> {
                    runtime.createProcessInstanceByKey(AppraisalCycleProcess.KEY).businessKey(period.businessKey(member.id()))
                            .setVariables(Map.of("staffId", member.id(), "periodStart", period.start().toString(),
                                    "periodEnd", period.end().toString(), "launchedBy", BenchTrust.HR))
                            .startBeforeActivity(END).execute();
                    jdbc.sql("""
                            insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at,
                              appraiser, objectives_status, pay_recommendation, pay_decision, status)
                            values (?, ?, ?, ?, ?, ?, ?, 'AGREED', 'PROGRESSION', 'PROGRESSION', 'COMPLETED')""")
                            .params(member.id(), period.label(), period.start(), period.end(), BenchTrust.HR,
                                    period.start().atTime(9, 0), member.lineManagerId().toLowerCase())
                            .update();
                }))));
            }
        }
        for (Future<?> batch : batches) {
            batch.get();
        }
        pool.shutdown();
        return planned;
    }
}
