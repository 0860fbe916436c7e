package uk.staffcareers.staff;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.UnknownStaffMemberException;
import uk.staffcareers.platform.StaffLookup;
import uk.staffcareers.staff.StaffRecordChanged.Change;

/**
 * The staff directory tables: trust, schools, staff and their qualifications. Every write to them is made here, by a
 * method named for the change, and each change of people's records is published as {@link StaffRecordChanged} in the
 * same transaction (IdentitySync keeps the accounts in step).
 */
@Repository
public class StaffDirectory implements StaffLookup {

    private static final String STAFF_COLUMNS = """
            id, username, first_name, last_name, email, trust_id, school_id, role, career_stage, career_level,
            contract_type, contract_end, start_date, line_manager_id, has_qts, hlta_status, hlta_awarded_on""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StaffBatchWrites batches;
    private final ApplicationEventPublisher events;

    StaffDirectory(JdbcClient jdbc, Clock clock, StaffBatchWrites batches, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.batches = batches;
        this.events = events;
    }

    public void saveTrust(Trust trust) {
        int updated = jdbc.sql("update trust set name = ? where id = ?").params(trust.name(), trust.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into trust (id, name) values (?, ?)").params(trust.id(), trust.name()).update();
        }
    }

    public Optional<Trust> trust(String id) {
        return jdbc.sql("select id, name from trust where id = ?").param(id)
                .query((rs, n) -> new Trust(rs.getString("id"), rs.getString("name"))).optional();
    }

    public List<Trust> trusts() {
        return jdbc.sql("select id, name from trust order by id").query((rs, n) -> new Trust(rs.getString("id"), rs.getString("name"))).list();
    }

    public void saveSchool(School school) {
        int updated = jdbc.sql("update school set trust_id = ?, name = ? where id = ?")
                .params(school.trustId(), school.name(), school.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into school (id, trust_id, name) values (?, ?, ?)")
                    .params(school.id(), school.trustId(), school.name()).update();
        }
    }

    public List<School> schools() {
        return jdbc.sql("select id, trust_id, name from school order by name")
                .query((rs, n) -> new School(rs.getString("id"), rs.getString("trust_id"), rs.getString("name")))
                .list();
    }

    /** Each school's DfE URN (unique reference number), by school id; schools without one are left out. */
    public Map<String, String> schoolUrns() {
        return jdbc.sql("select id, urn from school where urn is not null")
                .query(SchoolUrn.class).list().stream().collect(Collectors.toMap(SchoolUrn::id, SchoolUrn::urn));
    }

    private record SchoolUrn(String id, String urn) {
    }

    private void setSchoolUrn(String schoolId, String urn) {
        jdbc.sql("update school set urn = ? where id = ?").params(urn, schoolId).update();
    }

    /** Where someone works, as the task lists show it: their school's name, or the trust's central team. */
    public String schoolNameOf(StaffMember staff) {
        return staff.schoolId() == null ? "Trust central team" : school(staff.schoolId()).map(School::name).orElse(staff.schoolId());
    }

    /** A school by its code ("oakfield") or its name as people write it ("Oakfield Primary School", any case). */
    public Optional<School> schoolByCodeOrName(String codeOrName) {
        String wanted = codeOrName.strip();
        return school(wanted).or(() -> schools().stream().filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst());
    }

    public Optional<School> school(String id) {
        return jdbc.sql("select id, trust_id, name from school where id = ?").param(id)
                .query((rs, n) -> new School(rs.getString("id"), rs.getString("trust_id"), rs.getString("name")))
                .optional();
    }

    /** Inserts or updates one staff record as given (the demo trust). */
    public void save(StaffMember s) {
        write(s);
        changed(Change.LOADED, s);
    }

    private void write(StaffMember s) {
        ReadsInTransaction.forget();
        Object[] values = {s.username(), s.firstName(), s.lastName(), s.email(), s.trustId(), s.schoolId(),
                s.role().name(), s.careerStage() == null ? null : s.careerStage().name(), s.careerLevel(),
                s.contractType().name(), s.contractEnd(), s.startDate(), s.lineManagerId(), s.hasQts(),
                s.hltaStatus(), s.hltaAwardedOn(), LocalDateTime.now(clock), s.id()};
        int updated = jdbc.sql("""
                update staff_member set username = ?, first_name = ?, last_name = ?, email = ?, trust_id = ?,
                  school_id = ?, role = ?, career_stage = ?, career_level = ?, contract_type = ?, contract_end = ?,
                  start_date = ?, line_manager_id = ?, has_qts = ?, hlta_status = ?, hlta_awarded_on = ?,
                  updated_at = ?
                where id = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into staff_member (username, first_name, last_name, email, trust_id, school_id, role,
                      career_stage, career_level, contract_type, contract_end, start_date, line_manager_id, has_qts,
                      hlta_status, hlta_awarded_on, updated_at, id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    /**
     * An import's writes: the trust and schools, then every new or changed record in a few batched statements, and their
     * qualifications. The accounts follow (StaffRecordChanged BROUGHT_IN): the people written and, when a school is new
     * or renamed, the trust-wide staff too, who belong to every school's tenant.
     */
    public void bringIn(ImportedRecords records) {
        if (records.newTrust() != null) {
            saveTrust(records.newTrust());
        }
        records.schools().forEach(school -> {
            saveSchool(school);
            setSchoolUrn(school.id(), records.urns().get(school.id()));
        });
        ReadsInTransaction.forget();
        batches.saveAll(records.staff(), records.details(), LocalDateTime.now(clock));
        batches.replaceQualifications(records.qualifications());
        List<StaffMember> accounts = new java.util.ArrayList<>(records.staff());
        if (!records.schools().isEmpty()) {
            all().stream().filter(s -> s.schoolId() == null && !records.details().containsKey(s.id())).forEach(accounts::add);
        }
        if (!accounts.isEmpty() || !records.schools().isEmpty()) {
            events.publishEvent(new StaffRecordChanged(Change.BROUGHT_IN, List.copyOf(accounts)));
        }
    }

    /** The member of staff has confirmed that their record is right, on this day. */
    public void confirmDetails(String staffId, LocalDate on) {
        StaffMember staff = get(staffId);
        jdbc.sql("update staff_member set details_confirmed_on = ? where id = ?").params(on, staffId).update();
        changed(Change.DETAILS_CONFIRMED, staff);
    }

    /** HLTA status, awarded on this day; returns the record as it now is. */
    public StaffMember awardHltaStatus(String staffId, LocalDate on) {
        StaffMember s = get(staffId);
        return changed(Change.HLTA_AWARDED, withHlta(s, on, s.role(), s.careerStage(), s.careerLevel()));
    }

    /** An HLTA's move into the HLTA role, at the Experienced stage, level 1; returns the record as it now is. */
    public StaffMember moveIntoHltaRole(String staffId) {
        StaffMember s = get(staffId);
        return changed(Change.ROLE_CHANGED, withHlta(s, s.hltaAwardedOn(), Role.HLTA, CareerStage.EXPERIENCED, 1));
    }

    private StaffMember withHlta(StaffMember s, LocalDate awardedOn, Role role, CareerStage stage, Integer level) {
        StaffMember now = new StaffMember(s.id(), s.username(), s.firstName(), s.lastName(), s.email(), s.trustId(), s.schoolId(),
                role, stage, level, s.contractType(), s.contractEnd(), s.startDate(), s.lineManagerId(), s.hasQts(), true, awardedOn);
        write(now);
        return now;
    }

    /**
     * A leaver dealt with: marked as such (once, even with several nodes), the processes told (StaffLeft: they end the
     * cases about the person and hand on the tasks they held), then the account closed (StaffRecordChanged LEFT). Empty
     * when another node has already dealt with them.
     */
    public Optional<StaffMember> recordLeaving(String id, LocalDate lastDay, LocalDateTime at) {
        if (!claimLeaving(id, at)) {
            return Optional.empty();
        }
        StaffMember member = get(id);
        events.publishEvent(new StaffLeft(member, lastDay));
        return Optional.of(changed(Change.LEFT, member));
    }

    private StaffMember changed(Change change, StaffMember staff) {
        events.publishEvent(new StaffRecordChanged(change, List.of(staff)));
        return staff;
    }

    /** Everyone's title, share of full time and end of employment, by staff id. */
    public Map<String, EmploymentDetails> employmentDetails() {
        return jdbc.sql("select id, title, fte, employment_ends_on from staff_member")
                .query((rs, n) -> Map.entry(rs.getString("id"), new EmploymentDetails(rs.getString("title"),
                        rs.getBigDecimal("fte"), date(rs, "employment_ends_on"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Optional<StaffMember> find(String id) {
        return ReadsInTransaction.find(id, key -> jdbc.sql("select " + STAFF_COLUMNS + " from staff_member where id = ?").param(key)
                .query(StaffDirectory::staffMember).optional());
    }

    /** Staff whose last day of employment is before this day and whose leaving has not been dealt with: id and last day. */
    public Map<String, LocalDate> leaversBefore(LocalDate day) {
        Map<String, LocalDate> leavers = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select id, employment_ends_on as ends_on from staff_member where employment_ends_on < ? and left_processed_at is null
                order by id""").param(day).query(StaffEnd.class).list().forEach(row -> leavers.put(row.id(), row.endsOn()));
        return leavers;
    }

    /** A staff member's id and the day something of theirs ends (employment, induction). */
    private record StaffEnd(String id, LocalDate endsOn) {
    }

    /** Marks the leaving as dealt with, and no more (recordLeaving also tells the processes); false when another node has already done so. */
    public boolean claimLeaving(String id, LocalDateTime at) {
        return jdbc.sql("update staff_member set left_processed_at = ? where id = ? and left_processed_at is null").params(at, id).update() == 1;
    }

    /** Whether the account is one of the trust's central team (CEO, HR), who see and act for every school. */
    public boolean isCentralTeam(String username) {
        return findByUsername(username).map(s -> s.role().centralTeam()).orElse(false);
    }

    /** Everyone whose leaving has been dealt with. */
    public java.util.Set<String> leftIds() {
        return new java.util.HashSet<>(jdbc.sql("select id from staff_member where left_processed_at is not null").query(String.class).list());
    }

    /** Whether the person's leaving has been dealt with: their account stays closed. */
    @Override
    public boolean hasLeft(String id) {
        return jdbc.sql("select count(*) from staff_member where id = ? and left_processed_at is not null").param(id).query(Integer.class).single() > 0;
    }

    /** The staff member with this id; an unknown id is the caller's mistake. */
    public StaffMember get(String id) {
        return find(id).orElseThrow(() -> new UnknownStaffMemberException(id));
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_member where username = ?").param(username)
                .query(StaffDirectory::staffMember).optional();
    }

    /** Everyone whose work email is this one, whatever its capitals: the person a school account signs in as. */
    @Override
    public List<StaffMember> withEmail(String email) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_member where lower(email) = lower(?) order by id").param(email.strip())
                .query(StaffDirectory::staffMember).list();
    }

    public List<StaffMember> all() {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_member order by id")
                .query(StaffDirectory::staffMember).list();
    }

    /** A school's staff and its trust's central team, in one read (the appraiser's form offers them). */
    public List<StaffMember> schoolAndCentralTeam(String schoolId, String trustId) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_member where school_id = ? or (school_id is null and trust_id = ?) order by id")
                .params(schoolId, trustId).query(StaffDirectory::staffMember).list();
    }

    public List<StaffMember> inSchool(String schoolId) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_member where school_id = ? order by id")
                .param(schoolId).query(StaffDirectory::staffMember).list();
    }

    /** Staff of one role in one school (the central team's: centralTeam). */
    public List<StaffMember> withRole(String schoolId, Role role) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_member where school_id = ? and role = ? order by id")
                .params(schoolId, role.name()).query(StaffDirectory::staffMember).list();
    }

    /** Who leads a member of staff's school: its headteacher, or for the central team their trust's CEO. */
    public Optional<StaffMember> headteacherOf(StaffMember staff) {
        return staff.schoolId() == null ? officer(staff.trustId(), Role.CEO)
                : withRole(staff.schoolId(), Role.HEADTEACHER).stream().findFirst();
    }

    /** A member of staff's trust's HR adviser, who takes formal cases. */
    public Optional<StaffMember> hrAdviser(StaffMember staff) {
        return officer(staff.trustId(), Role.HR_ADVISER);
    }

    @Override
    public Optional<StaffMember> overseerOf(String tenantId) {
        return withRole(tenantId, Role.HEADTEACHER).stream().findFirst().or(() -> officer(tenantId, Role.HR_ADVISER));
    }

    /** The trust's officer in that role (its CEO, HR adviser, chair of trustees...): never another trust's. */
    public Optional<StaffMember> officer(String trustId, Role role) {
        return centralTeam(trustId, role).stream().findFirst();
    }

    /** The trust's central team in one role. */
    public List<StaffMember> centralTeam(String trustId, Role role) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_member where school_id is null and trust_id = ? and role = ? order by id")
                .params(trustId, role.name()).query(StaffDirectory::staffMember).list();
    }

    /** An early career teacher's induction: until it ends they are outside the appraisal policy. */
    public void setInductionEnd(String staffId, LocalDate endsOn) {
        StaffMember staff = get(staffId);
        jdbc.sql("update staff_member set induction_ends_on = ? where id = ?").params(endsOn, staffId).update();
        changed(Change.WORKING_PATTERN_CHANGED, staff);
    }

    /** The share of full time someone works: 1.00 full time, 0.60 three days a week (a part-timer's objectives follow it). */
    public BigDecimal fte(String staffId) {
        return jdbc.sql("select fte from staff_member where id = ?").param(staffId).query(BigDecimal.class).optional()
                .orElseThrow(() -> new UnknownStaffMemberException(staffId));
    }

    public void setFte(String staffId, BigDecimal fte) {
        StaffMember staff = get(staffId);
        if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("The share of full time (fte) is more than 0 and at most 1, not " + fte);
        }
        jdbc.sql("update staff_member set fte = ? where id = ?").params(fte, staffId).update();
        changed(Change.WORKING_PATTERN_CHANGED, staff);
    }

    /** Early career teachers whose induction is still running on this day, with the day it ends. */
    public Map<String, LocalDate> inductionsRunningOn(LocalDate day) {
        return jdbc.sql("select id, induction_ends_on as ends_on from staff_member where induction_ends_on >= ?").param(day)
                .query(StaffEnd.class).list().stream().collect(Collectors.toMap(StaffEnd::id, StaffEnd::endsOn));
    }

    public void addQualification(String staffId, Qualification q) {
        StaffMember staff = get(staffId);
        jdbc.sql("insert into qualification (staff_id, title, type, subject, level, awarded_on) values (?, ?, ?, ?, ?, ?)")
                .params(staffId, q.title(), q.type().name(), q.subject().name(), q.level(), q.awardedOn()).update();
        changed(Change.QUALIFICATION_ADDED, staff);
    }

    public List<Qualification> qualifications(String staffId) {
        return jdbc.sql("select title, type, subject, level, awarded_on from qualification where staff_id = ? order by awarded_on, id")
                .param(staffId).query((rs, n) -> qualification(rs)).list();
    }

    /** Everyone's qualifications, by staff id, in the order {@link #qualifications(String)} gives them. */
    public Map<String, List<Qualification>> allQualifications() {
        Map<String, List<Qualification>> all = new java.util.HashMap<>();
        jdbc.sql("select staff_id, title, type, subject, level, awarded_on from qualification order by staff_id, awarded_on, id")
                .query((rs, n) -> Map.entry(rs.getString("staff_id"), qualification(rs))).list()
                .forEach(e -> all.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return all;
    }

    private static Qualification qualification(ResultSet rs) throws SQLException {
        return new Qualification(rs.getString("title"), QualificationType.valueOf(rs.getString("type")),
                QualificationSubject.valueOf(rs.getString("subject")), rs.getInt("level"), date(rs, "awarded_on"));
    }

    private static StaffMember staffMember(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("career_stage");
        Integer level = rs.getObject("career_level", Integer.class);
        return new StaffMember(rs.getString("id"), rs.getString("username"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("trust_id"), rs.getString("school_id"),
                Role.valueOf(rs.getString("role")), stage == null ? null : CareerStage.valueOf(stage),
                level, ContractType.valueOf(rs.getString("contract_type")),
                date(rs, "contract_end"), date(rs, "start_date"), rs.getString("line_manager_id"),
                rs.getBoolean("has_qts"), rs.getBoolean("hlta_status"), date(rs, "hlta_awarded_on"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
