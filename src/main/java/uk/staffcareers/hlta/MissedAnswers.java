package uk.staffcareers.hlta;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.policy.WorkingDays;

/**
 * The candidate's steps whose last day passed with no answer, on the candidacy's record: "no answer given by
 * Friday 4 December 2026". The case moved on without them; the record says so to whoever reads it later.
 */
@Service
class MissedAnswers {

    private final JdbcClient jdbc;
    private final Clock clock;

    MissedAnswers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Dates as a school writes them: "Friday 4 December 2026". */
    static String spoken(LocalDate day) {
        return WorkingDays.spoken(day);
    }

    /** Records that the step went unanswered; returns the note, "no answer given by <the last day>". */
    String record(long candidacyId, CandidateStep step, LocalDate lastDay, String by) {
        String note = "no answer given by " + spoken(lastDay);
        jdbc.sql("""
                insert into hlta_missed_answer (candidacy_id, step, last_day, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""").params(candidacyId, step.name(), lastDay, note, by, LocalDateTime.now(clock)).update();
        return note;
    }

    /** The candidacy's unanswered steps, oldest first: "Propose three visit dates: no answer given by ...". */
    List<String> of(long candidacyId) {
        return jdbc.sql("select step, note from hlta_missed_answer where candidacy_id = ? order by id").param(candidacyId)
                .query(Missed.class).list().stream().map(m -> CandidateStep.valueOf(m.step()).taskName() + ": " + m.note()).toList();
    }

    private record Missed(String step, String note) {
    }
}
