package uk.staffcareers.hlta;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The coordinator's decisions after a missed registration or a visit window that closed, kept as the case's history. */
@Component
class DeadlineDecisions {

    static final String REGISTRATION = "REGISTRATION";
    static final String VISIT_WINDOW = "VISIT_WINDOW";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineDecisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long candidacyId, String missed, LocalDate missedDeadline, String decision, LocalDate newOpensOn,
            LocalDate newClosesOn, String reason, String by) {
        jdbc.sql("""
                insert into hlta_deadline_decision (candidacy_id, missed, missed_deadline, decision, new_opens_on, new_closes_on,
                  reason, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(candidacyId, missed, missedDeadline, decision, newOpensOn, newClosesOn, reason, by, LocalDateTime.now(clock))
                .update();
    }
}
