package uk.staffcareers.appraisal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Starts a planned launch's waiting cases: in the caller's thread for one member of staff, or in the background for a
 * school or the trust, on several threads (staffcareers.launch.threads), each case in a transaction of its own together
 * with the claim of its row, so that a case is never started twice. A failure is recorded with the person's name and
 * the reason, and the others go on. A launch whose node stopped is taken over (staffcareers.launch.resume-cron) once
 * its heartbeat is older than staffcareers.launch.stale-after, and carries on where it stopped.
 */
@Component
class LaunchRunner {

    private static final Logger log = LoggerFactory.getLogger(LaunchRunner.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final LaunchStore store;
    private final AppraisalLaunch.CaseStarter starter;
    private final StaffDirectory directory;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile boolean background;
    private final Duration staleAfter;
    private final ExecutorService coordinator;
    private final ExecutorService workers;
    private final int threads;

    LaunchRunner(LaunchStore store, AppraisalLaunch.CaseStarter starter, StaffDirectory directory, Notifications notifications,
            JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${staffcareers.launch.background:true}") boolean background,
            @Value("${staffcareers.launch.threads:4}") int threads,
            @Value("${staffcareers.launch.stale-after:PT2M}") Duration staleAfter) {
        this.store = store;
        this.starter = starter;
        this.directory = directory;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.background = background;
        this.staleAfter = staleAfter;
        this.threads = Math.max(1, threads);
        this.coordinator = Executors.newSingleThreadExecutor(named("appraisal-launch"));
        this.workers = Executors.newFixedThreadPool(this.threads, named("appraisal-launch-worker"));
    }

    /** A school's or the trust's launch goes to the background unless the installation runs launches in the request. */
    boolean inBackground(AppraisalLaunch.Scope scope) {
        return background && scope != AppraisalLaunch.Scope.STAFF;
    }


    /**
     * Starts the waiting cases in this thread. Inside a transaction (one person's launch, or a launch from the launch case
     * in Tasklist) every case joins it, and a failure refuses the whole launch, as a step of a case does; outside one,
     * each case has its own and a failure is recorded by name while the others start.
     */
    void runNow(LaunchStore.Launch launch) {
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        store.waiting(launch.id()).forEach(staffId -> startOne(launch, staffId, joined));
        transactions.executeWithoutResult(tx -> store.finish(launch.id(), now()));
    }

    /** Hands the launch to the background once the caller's transaction (which wrote its rows) has committed. */
    void submit(String launchId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    coordinator.execute(() -> runInBackground(launchId));
                }
            });
        } else {
            coordinator.execute(() -> runInBackground(launchId));
        }
    }

    /** Launches left unfinished by a node that stopped, carried on by this one. */
    @Scheduled(cron = "${staffcareers.launch.resume-cron:30 * * * * *}", zone = "Europe/London")
    void resumeStale() {
        List<String> stale = transactions.execute(tx -> store.takeOverStale(now().minus(staleAfter), now()));
        stale.forEach(id -> {
            log.info("Carrying on launch {}, left unfinished by a node that stopped", id);
            coordinator.execute(() -> runInBackground(id));
        });
    }

    private void runInBackground(String launchId) {
        try {
            LaunchStore.Launch launch = store.find(launchId).orElseThrow();
            Queue<String> waiting = new ConcurrentLinkedQueue<>(store.waiting(launchId));
            AtomicInteger done = new AtomicInteger();
            List<Future<?>> parts = IntStream.range(0, Math.min(threads, Math.max(1, waiting.size())))
                    .<Future<?>>mapToObj(i -> workers.submit(() -> {
                        for (String staffId; (staffId = waiting.poll()) != null; done.incrementAndGet()) {
                            startOne(launch, staffId, false);
                        }
                    })).toList();
            for (Future<?> part : parts) {
                awaitWithHeartbeat(launchId, part);
            }
            if (Boolean.TRUE.equals(transactions.execute(tx -> store.finish(launchId, now())))) {
                LaunchProgress progress = store.progress(launch, launcherName(launch));
                notifications.sendSummary(launch.launchedBy(), "Appraisal year " + launch.period() + " launched", progress.text(),
                        AppraisalCycleProcess.launchRef(launch.period()));
                log.info("Launch {} finished: {} case(s) started in this run", launchId, done.get());
            }
        } catch (RuntimeException | InterruptedException | ExecutionException e) {
            log.error("Launch {} stopped; it is carried on within {} ({})", launchId, staleAfter, e.toString(), e);
        }
    }

    private void awaitWithHeartbeat(String launchId, Future<?> part) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                part.get(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                transactions.executeWithoutResult(tx -> store.heartbeat(launchId, now()));
            }
        }
    }

    /** One member of staff: claimed and started together, or recorded as already started or failed, by name. */
    private void startOne(LaunchStore.Launch launch, String staffId, boolean joined) {
        AppraisalPeriod period = AppraisalPeriod.of(launch.period());
        try {
            transactions.executeWithoutResult(tx -> {
                if (hasCase(staffId, period)) {
                    store.settle(launch.id(), staffId, LaunchStore.Outcome.EXISTED, null);
                } else if (store.settle(launch.id(), staffId, LaunchStore.Outcome.STARTED, null)) {
                    StaffMember member = directory.get(staffId);
                    starter.start(period.businessKey(staffId), staffId, period.forStaff(member), launch.launchedBy());
                }
            });
        } catch (RuntimeException e) {
            String name = directory.find(staffId).map(StaffMember::fullName).orElse(staffId);
            if (joined) {
                throw AppraisalLaunch.cannotStart(name, staffId, e);
            }
            log.warn("Launch {}: the appraisal case of {} ({}) could not start", launch.id(), name, staffId, e);
            transactions.executeWithoutResult(tx -> store.settle(launch.id(), staffId, LaunchStore.Outcome.FAILED,
                    "could not start: " + e.getMessage()));
        }
    }

    private boolean hasCase(String staffId, AppraisalPeriod period) {
        return jdbc.sql("select count(*) from appraisal where staff_id = ? and period_label = ?").params(staffId, period.label())
                .query(Integer.class).single() > 0;
    }

    String launcherName(LaunchStore.Launch launch) {
        return directory.findByUsername(launch.launchedBy()).map(StaffMember::fullName).orElse(launch.launchedBy());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    @PreDestroy
    void stop() {
        coordinator.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
