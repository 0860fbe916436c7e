package uk.staffcareers.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.Trust;

/**
 * The trust's retention schedule applied to the application's own records (README "Records kept and deleted on
 * schedule"): every night inside the engine's history clean-up window, one node deletes the finished cases past their
 * time with their documents, notifications, mail and engine history, and the notifications and sent mail past theirs.
 */
@Service
public class Retention {

    static final String APPLICATION = Actor.APPLICATION.name();
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final ExpiredCases expired;
    private final CaseRecords records;
    private final RetentionRuns runs;
    private final PolicySettings policies;
    private final StaffDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    Retention(ExpiredCases expired, CaseRecords records, RetentionRuns runs, PolicySettings policies, StaffDirectory directory,
            JdbcClient jdbc, Clock clock) {
        this.expired = expired;
        this.records = records;
        this.runs = runs;
        this.policies = policies;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The nightly run over every trust; a node that finds the night claimed by another does nothing. */
    @Scheduled(cron = "${staffcareers.retention.cron}", zone = "Europe/London")
    void nightly() {
        LocalDate today = LocalDate.now(clock);
        runs.claim(today, APPLICATION).ifPresentOrElse(id -> {
            Tally tally = new Tally();
            try {
                for (Trust trust : directory.trusts()) {
                    cleanUp(Scope.trust(trust.id()), today, tally);
                }
            } finally {
                report(runs.finish(id, tally));
            }
        }, () -> LOG.info("Retention schedule for {}: another node has run it", today));
    }

    /** A run for one trust now, asked for by its central team or an administrator. */
    public RetentionRun runNow(String trustId, String by) {
        return run(Scope.trust(trustId), by);
    }

    RetentionRun run(Scope scope, String by) {
        long id = runs.start(null, scope.trustId(), by);
        Tally tally = new Tally();
        cleanUp(scope, LocalDate.now(clock), tally);
        return report(runs.finish(id, tally));
    }

    private void cleanUp(Scope scope, LocalDate today, Tally tally) {
        TrustPolicy policy = policies.forTrust(scope.trustId());
        for (Expired expiredCase : expired.of(scope, policy, today)) {
            try {
                tally.add(expiredCase, records.delete(expiredCase));
            } catch (RuntimeException e) {
                LOG.error("Retention schedule: {} could not be deleted; it is tried again next time", expiredCase.caseRefs(), e);
            }
        }
        Map<String, Object> notificationsBefore = scope.parameters(today.minusDays(policy.notificationRetentionDays()));
        tally.notifications += jdbc.sql("delete from notification where created_at < :beforeTime and "
                + scope.recipientCondition("recipient")).params(notificationsBefore).update();
        Map<String, Object> mailBefore = scope.parameters(today.minusDays(policy.sentMailRetentionDays()));
        tally.mails += jdbc.sql("delete from mail_outbox where sent_at < :beforeTime and "
                + scope.recipientCondition("recipient")).params(mailBefore).update();
    }

    private static RetentionRun report(RetentionRun run) {
        LOG.info("Retention schedule run {} ({}): {}", run.id(), run.trustId() == null ? "every trust" : run.trustId(), run.summary());
        return run;
    }
}
