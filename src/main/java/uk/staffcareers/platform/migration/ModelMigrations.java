package uk.staffcareers.platform.migration;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.platform.Analysts;
import uk.staffcareers.platform.AsApplication;

/**
 * An analyst moves a process's running cases to its latest version: a dry run reports the plan from each older
 * version; otherwise each valid plan runs as a Camunda batch over that version's running cases (the job executor
 * moves them one job per case), recorded with who asked so its progress names every case.
 */
@Component
class ModelMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(ModelMigrations.class);

    private final Analysts analysts;
    private final MigrationPlanner planner;
    private final MigrationLedger ledger;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;

    ModelMigrations(Analysts analysts, MigrationPlanner planner, MigrationLedger ledger, RuntimeService runtime, IdentityService identity,
            Clock clock) {
        this.analysts = analysts;
        this.planner = planner;
        this.ledger = ledger;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public MigrationReport migrate(String processKey, boolean dryRun) {
        String analyst = analysts.require();
        return AsApplication.run(identity, () -> {
            MigrationPlanner.Plans plans = planner.plan(processKey);
            List<MigrationReport.Source> sources = new ArrayList<>();
            for (MigrationPlanner.SourcePlan source : plans.sources()) {
                boolean runs = !dryRun && source.plan() != null;
                sources.add(runs ? source.report().started(start(processKey, source, plans, analyst)) : source.report());
            }
            return new MigrationReport(processKey, plans.target().getVersion(), plans.target().getVersionTag(), dryRun,
                    message(dryRun, sources), sources);
        });
    }

    private String start(String processKey, MigrationPlanner.SourcePlan source, MigrationPlanner.Plans plans, String analyst) {
        List<ProcessInstance> cases = runtime.createProcessInstanceQuery().processDefinitionId(source.source().getId()).list();
        Batch batch = runtime.newMigration(source.plan()).processInstanceIds(cases.stream().map(ProcessInstance::getId).toList())
                .executeAsync();
        ledger.record(new MigrationLedger.Migration(batch.getId(), processKey, source.source().getVersion(), plans.target().getId(),
                plans.target().getVersion(), analyst, LocalDateTime.now(clock)),
                cases.stream().map(c -> new MigrationLedger.Case(c.getId(), c.getBusinessKey())).toList());
        LOG.info("{} started moving {} case(s) of {} version {} to version {} (batch {})", analyst, cases.size(), processKey,
                source.source().getVersion(), plans.target().getVersion(), batch.getId());
        return batch.getId();
    }

    private static String message(boolean dryRun, List<MigrationReport.Source> sources) {
        if (sources.isEmpty()) {
            return "No case runs on an older version: there is nothing to move";
        }
        long cases = sources.stream().mapToLong(MigrationReport.Source::cases).sum();
        long moving = sources.stream().mapToLong(MigrationReport.Source::casesThatWouldMove).sum();
        return dryRun ? "Nothing was moved (a dry run): " + moving + " of " + cases + " case(s) would move"
                : "Moving the cases in the background: follow each batch at /api/models/migrations/{batchId}; "
                        + moving + " of " + cases + " case(s) are expected to move";
    }
}
