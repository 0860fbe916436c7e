package uk.staffcareers.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The summary row of each run (table retention_run), and the claim of a night by the one node that runs it. */
@Component
class RetentionRuns {

    private static final String SELECT = "select * from retention_run ";

    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The night's run for this node, or empty when another node has claimed the night already. */
    Optional<Long> claim(LocalDate night, String by) {
        try {
            return Optional.of(start(night, null, by));
        } catch (DuplicateKeyException claimedElsewhere) {
            return Optional.empty();
        }
    }

    long start(LocalDate night, String trustId, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into retention_run (run_for, trust_id, started_by, started_at) values (?, ?, ?, ?)")
                .params(night, trustId, by, LocalDateTime.now(clock)).update(keys, "id");
        return keys.getKey().longValue();
    }

    RetentionRun finish(long id, Tally t) {
        jdbc.sql("""
                update retention_run set finished_at = ?, appraisals = ?, concerns = ?, capability_cases = ?, hlta_candidacies = ?,
                  development_plans = ?, documents = ?, notifications = ?, mails = ?, case_histories = ?, summary = ? where id = ?""")
                .params(LocalDateTime.now(clock), t.appraisals, t.concerns, t.capabilityCases, t.hltaCandidacies, t.developmentPlans,
                        t.documents, t.notifications, t.mails, t.caseHistories, t.summary(), id).update();
        return jdbc.sql(SELECT + "where id = ?").param(id).query(RetentionRun.class).single();
    }

    /** The latest run that covered the trust: its own, or a nightly one. */
    Optional<RetentionRun> last(String trustId) {
        return jdbc.sql(SELECT + "where trust_id = ? or trust_id is null order by id desc fetch first 1 rows only")
                .param(trustId).query(RetentionRun.class).optional();
    }
}
