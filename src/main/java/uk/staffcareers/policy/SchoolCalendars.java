package uk.staffcareers.policy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.staff.StaffDirectory;

/** Each trust's working days: its closure days, kept by the central team, with the bank holidays of England and Wales. */
@Service
public class SchoolCalendars {

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Clock clock;

    SchoolCalendars(JdbcClient jdbc, StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    public WorkingDays forTrust(String trustId) {
        return new WorkingDays(closures(trustId));
    }

    /** The working days of a member of staff: their trust's. */
    public WorkingDays forStaff(String staffId) {
        return forTrust(directory.get(staffId).trustId());
    }

    public List<ClosureDays> closures(String trustId) {
        return jdbc.sql("select first_day, last_day, description from trust_closure_days where trust_id = ? order by first_day, id")
                .param(trustId).query(ClosureDays.class).list();
    }

    /** Replaces the trust's closure days with these, whole: what the central team sees is what is kept. */
    @Transactional
    public List<ClosureDays> replace(String trustId, List<ClosureDays> closures, String updatedBy) {
        if (closures == null || closures.stream().anyMatch(c -> c == null)) {
            throw new InvalidInputException("Give the closure days as a list of {firstDay, lastDay, description}");
        }
        List<ClosureDays> sorted = closures.stream().map(ClosureDays::validated).sorted(Comparator.comparing(ClosureDays::firstDay)).toList();
        jdbc.sql("delete from trust_closure_days where trust_id = ?").param(trustId).update();
        LocalDateTime now = LocalDateTime.now(clock);
        for (ClosureDays c : sorted) {
            jdbc.sql("""
                    insert into trust_closure_days (trust_id, first_day, last_day, description, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?)""").params(trustId, c.firstDay(), c.lastDay(), c.description(), updatedBy, now).update();
        }
        return sorted;
    }
}
