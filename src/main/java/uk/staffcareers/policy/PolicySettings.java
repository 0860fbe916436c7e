package uk.staffcareers.policy;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

import uk.staffcareers.staff.StaffDirectory;

/** Each trust's policy settings, or the defaults where the trust has not changed them; settings out of bounds are refused. */
@Service
@Validated
public class PolicySettings {

    /** The settings stored one per column, named after the policy's fields (objectivesDeadline is stored as month and day). */
    private static final List<String> SETTINGS = Arrays.stream(TrustPolicy.class.getRecordComponents()).map(RecordComponent::getName)
            .filter(name -> !name.equals("objectivesDeadline")).toList();
    private static final String SELECT = "select *, '--' || lpad(cast(objectives_deadline_month as varchar(2)), 2, '0') || '-' || "
            + "lpad(cast(objectives_deadline_day as varchar(2)), 2, '0') as objectives_deadline from trust_policy where trust_id = ?";
    private static final String INSERT = "insert into trust_policy ("
            + SETTINGS.stream().map(PolicySettings::column).collect(Collectors.joining(", "))
            + ", objectives_deadline_month, objectives_deadline_day, updated_by, updated_at, trust_id) values ("
            + SETTINGS.stream().map(name -> ":" + name).collect(Collectors.joining(", "))
            + ", :objectivesDeadlineMonth, :objectivesDeadlineDay, :updatedBy, :updatedAt, :trustId)";
    private static final DataClassRowMapper<TrustPolicy> BY_NAME = byName();

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Clock clock;

    PolicySettings(JdbcClient jdbc, StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    public TrustPolicy forTrust(String trustId) {
        return jdbc.sql(SELECT).param(trustId).query(BY_NAME).optional().orElse(TrustPolicy.DEFAULTS);
    }

    /** The policy that applies to a member of staff: their trust's. */
    public TrustPolicy forStaff(String staffId) {
        return forTrust(directory.get(staffId).trustId());
    }

    @Transactional
    public TrustPolicy update(String trustId, @Valid TrustPolicy policy, String updatedBy) {
        MapSqlParameterSource values = new MapSqlParameterSource();
        for (RecordComponent setting : TrustPolicy.class.getRecordComponents()) {
            values.addValue(setting.getName(), ReflectionUtils.invokeMethod(setting.getAccessor(), policy));
        }
        values.addValue("objectivesDeadlineMonth", policy.objectivesDeadline().getMonthValue())
                .addValue("objectivesDeadlineDay", policy.objectivesDeadline().getDayOfMonth())
                .addValue("updatedBy", updatedBy).addValue("updatedAt", LocalDateTime.now(clock)).addValue("trustId", trustId);
        jdbc.sql("delete from trust_policy where trust_id = ?").param(trustId).update();
        jdbc.sql(INSERT).paramSource(values).update();
        return policy;
    }

    /** Rows read by column name into the policy's fields (hlta_visit_window_weeks into hltaVisitWindowWeeks). */
    private static DataClassRowMapper<TrustPolicy> byName() {
        DataClassRowMapper<TrustPolicy> mapper = new DataClassRowMapper<>(TrustPolicy.class);
        DefaultConversionService conversions = new DefaultConversionService();
        conversions.addConverter(String.class, MonthDay.class, MonthDay::parse);
        mapper.setConversionService(conversions);
        return mapper;
    }

    private static String column(String setting) {
        return setting.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
