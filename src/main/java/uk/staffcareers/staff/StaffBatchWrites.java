package uk.staffcareers.staff;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory's writes for many people at once (an import of a whole trust): a few batched statements instead of
 * several per person. New people are inserted before anyone's line manager is set, so a manager may come later in
 * the list than the people they manage.
 */
@Component
class StaffBatchWrites {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    StaffBatchWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveAll(List<StaffMember> staff, Map<String, EmploymentDetails> details, LocalDateTime now) {
        Set<String> existing = new HashSet<>(jdbc.queryForList("select id from staff_member", String.class));
        List<StaffMember> inserts = staff.stream().filter(s -> !existing.contains(s.id())).toList();
        List<StaffMember> updates = staff.stream().filter(s -> existing.contains(s.id())).toList();
        batch("""
                insert into staff_member (username, first_name, last_name, email, trust_id, school_id, role, career_stage,
                  career_level, contract_type, contract_end, start_date, line_manager_id, has_qts, hlta_status, hlta_awarded_on,
                  updated_at, title, fte, employment_ends_on, id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?)""",
                inserts, s -> values(s, details.get(s.id()), now, false));
        batch("""
                update staff_member set username = ?, first_name = ?, last_name = ?, email = ?, trust_id = ?, school_id = ?,
                  role = ?, career_stage = ?, career_level = ?, contract_type = ?, contract_end = ?, start_date = ?,
                  line_manager_id = ?, has_qts = ?, hlta_status = ?, hlta_awarded_on = ?, updated_at = ?, title = ?, fte = ?,
                  employment_ends_on = ?
                where id = ?""", updates, s -> values(s, details.get(s.id()), now, true));
        batch("update staff_member set line_manager_id = ? where id = ?",
                inserts.stream().filter(s -> s.lineManagerId() != null).toList(), s -> new Object[] {s.lineManagerId(), s.id()});
    }

    /** Each person's qualifications become exactly the ones given. */
    void replaceQualifications(Map<String, List<Qualification>> byStaff) {
        batch("delete from qualification where staff_id = ?", byStaff.keySet(), id -> new Object[] {id});
        List<Object[]> rows = new ArrayList<>();
        byStaff.forEach((id, list) -> list.forEach(q -> rows.add(new Object[] {id, q.title(), q.type().name(), q.subject().name(),
                q.level(), date(q.awardedOn())})));
        batch("insert into qualification (staff_id, title, type, subject, level, awarded_on) values (?, ?, ?, ?, ?, ?)", rows, r -> r);
    }

    private static Object[] values(StaffMember s, EmploymentDetails d, LocalDateTime now, boolean withLineManager) {
        List<Object> v = new ArrayList<>(List.of(s.username(), s.firstName(), s.lastName(), s.email(), s.trustId()));
        v.add(s.schoolId());
        v.add(s.role().name());
        v.add(s.careerStage() == null ? null : s.careerStage().name());
        v.add(s.careerLevel());
        v.add(s.contractType().name());
        v.add(date(s.contractEnd()));
        v.add(date(s.startDate()));
        if (withLineManager) {
            v.add(s.lineManagerId());
        }
        v.add(s.hasQts());
        v.add(s.hltaStatus());
        v.add(date(s.hltaAwardedOn()));
        v.add(Timestamp.valueOf(now));
        v.add(d == null ? null : d.title());
        v.add(d == null || d.fte() == null ? java.math.BigDecimal.ONE : d.fte());
        v.add(d == null ? null : date(d.employmentEndsOn()));
        v.add(s.id());
        return v.toArray();
    }

    private <T> void batch(String sql, Collection<T> items, java.util.function.Function<T, Object[]> values) {
        List<Object[]> args = new ArrayList<>(BATCH);
        for (T item : items) {
            args.add(values.apply(item));
            if (args.size() == BATCH) {
                jdbc.batchUpdate(sql, args);
                args.clear();
            }
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate(sql, args);
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
