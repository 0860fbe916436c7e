package uk.staffcareers.appraisal;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The launches' rows: one per launch, one per member of staff in its scope with the outcome for them. */
@Repository
class LaunchStore {

    enum Outcome { WAITING, STARTED, EXISTED, LEFT_OUT, FAILED }

    record Launch(String id, String trustId, String period, String scope, String forWhom, String launchedBy) {
    }

    /** A launch's columns, named as Launch's fields. */
    private static final String LAUNCH_COLUMNS = "id, trust_id, period_label as period, scope, for_whom, launched_by";

    record Item(String staffId, String staffName, Outcome outcome, String reason) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    LaunchStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void create(Launch launch, List<Item> items, LocalDateTime now) {
        jdbc.sql("""
                insert into appraisal_launch (id, trust_id, period_label, scope, for_whom, launched_by, launched_at, heartbeat_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(launch.id(), launch.trustId(), launch.period(), launch.scope(), launch.forWhom(), launch.launchedBy(), now, now)
                .update();
        batches.batchUpdate("insert into appraisal_launch_item (launch_id, staff_id, staff_name, outcome, reason) values (?, ?, ?, ?, ?)",
                items.stream().map(i -> new Object[] {launch.id(), i.staffId(), i.staffName(), i.outcome().name(), i.reason()}).toList());
    }

    Optional<Launch> find(String id) {
        return jdbc.sql("select " + LAUNCH_COLUMNS + " from appraisal_launch where id = ?").param(id).query(Launch.class).optional();
    }

    List<String> waiting(String launchId) {
        return jdbc.sql("select staff_id from appraisal_launch_item where launch_id = ? and outcome = 'WAITING' order by staff_id")
                .param(launchId).query(String.class).list();
    }

    /** Takes one waiting member of staff for this worker; false when another worker (or node) took them first. */
    boolean settle(String launchId, String staffId, Outcome outcome, String reason) {
        return jdbc.sql("update appraisal_launch_item set outcome = ?, reason = ? where launch_id = ? and staff_id = ? and outcome = 'WAITING'")
                .params(outcome.name(), reason, launchId, staffId).update() == 1;
    }

    void heartbeat(String launchId, LocalDateTime now) {
        jdbc.sql("update appraisal_launch set heartbeat_at = ? where id = ?").params(now, launchId).update();
    }

    /** Launches left unfinished by a node that stopped (no heartbeat since), claimed for this node: several nodes never share one. */
    List<String> takeOverStale(LocalDateTime staleBefore, LocalDateTime now) {
        return jdbc.sql("select id from appraisal_launch where finished_at is null and heartbeat_at < ? order by launched_at")
                .param(staleBefore).query(String.class).list().stream()
                .filter(id -> jdbc.sql("update appraisal_launch set heartbeat_at = ? where id = ? and finished_at is null and heartbeat_at < ?")
                        .params(now, id, staleBefore).update() == 1)
                .toList();
    }

    /** Marks the launch finished once nobody is waiting; true only for the one call that finishes it. */
    boolean finish(String launchId, LocalDateTime now) {
        return jdbc.sql("""
                update appraisal_launch set finished_at = ? where id = ? and finished_at is null
                and not exists (select 1 from appraisal_launch_item where launch_id = ? and outcome = 'WAITING')""")
                .params(now, launchId, launchId).update() == 1;
    }

    LaunchProgress progress(Launch launch, String launcherName) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        jdbc.sql("select outcome, count(*) as items from appraisal_launch_item where launch_id = ? group by outcome").param(launch.id())
                .query(OutcomeCount.class).list().forEach(row -> counts.put(Outcome.valueOf(row.outcome()), row.items()));
        LaunchTimes times = jdbc.sql("select launched_at, finished_at from appraisal_launch where id = ?").param(launch.id())
                .query(LaunchTimes.class).single();
        return new LaunchProgress(launch.id(), launch.period(), launch.forWhom(), launcherName, times.launchedAt(), times.finishedAt(),
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts.getOrDefault(Outcome.STARTED, 0),
                counts.getOrDefault(Outcome.EXISTED, 0), counts.getOrDefault(Outcome.WAITING, 0), reasons(launch.id(), Outcome.LEFT_OUT),
                reasons(launch.id(), Outcome.FAILED));
    }

    /** The trust's launches, newest first; only those of one launcher unless launcher is null. */
    List<Launch> recent(String trustId, String launcher, int limit) {
        return jdbc.sql("""
                select %s from appraisal_launch
                where trust_id = ? and (cast(? as varchar(64)) is null or launched_by = ?) order by launched_at desc, id
                fetch first ? rows only""".formatted(LAUNCH_COLUMNS))
                .params(trustId, launcher, launcher, limit).query(Launch.class).list();
    }

    private List<String> reasons(String launchId, Outcome outcome) {
        return jdbc.sql("select staff_name, staff_id, reason from appraisal_launch_item where launch_id = ? and outcome = ? order by staff_name")
                .params(launchId, outcome.name())
                .query(ItemReason.class).list().stream().map(r -> r.staffName() + " (" + r.staffId() + "): " + r.reason()).toList();
    }

    private record OutcomeCount(String outcome, int items) {
    }

    private record LaunchTimes(LocalDateTime launchedAt, LocalDateTime finishedAt) {
    }

    private record ItemReason(String staffName, String staffId, String reason) {
    }
}
