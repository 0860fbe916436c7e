package uk.staffcareers.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.capability.CapabilityCases;
import uk.staffcareers.platform.CaseHistoryRemoval;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.retention.Expired.Kind;

/**
 * The finished cases past their time under a trust's schedule. A case is finished when its record says it ended
 * (an appraisal completed or ended by leaving, a concern closed with any capability case it led to closed or
 * dismissed, a candidacy closed, a plan's last step recorded) and no process of it still runs in the engine; a case
 * under appeal (an appraisal whose pay appeal is being reviewed or heard, a capability case at appeal) is never
 * finished.
 */
@Component
class ExpiredCases {

    private static final String APPRAISALS = """
            select a.id, concat('APPRAISAL-', a.period_label, '-', a.staff_id) as ref from appraisal a
            where a.status in ('COMPLETED', 'LEFT_EMPLOYMENT') and a.period_end < :before and %s""";
    private static final String CONCERNS = """
            select c.id, concat('CONCERN-', cast(c.id as varchar(20))) as ref from performance_concern c
            where c.status in ('CLOSED', 'CAPABILITY') and coalesce(c.reviewed_at, c.raised_at) < :beforeTime and %s
              and not exists (select 1 from capability_case k where k.concern_id = c.id
                and (k.status not in ('CLOSED', 'DISMISSED', 'DISMISSAL', 'IMPROVED')
                  or coalesce(k.appeal_decided_at, k.decided_at, cast(k.monitoring_until as timestamp), k.opened_at) >= :beforeTime))""";
    private static final String CANDIDACIES = """
            select h.id, h.reference as ref from hlta_candidacy h
            where h.status in ('IN_ROLE', 'WITHDRAWN', 'LAPSED', 'NOT_YET_READY', 'NOT_AWARDED') and %s
              and coalesce(h.closed_at, (select max(x.outcome_recorded_at) from hlta_assessment x where x.candidacy_id = h.id),
                h.readiness_decided_at, h.started_at) < :beforeTime""";
    private static final String PLANS = """
            select p.id, concat('DEVELOPMENT-', p.staff_id, '-', cast(p.id as varchar(20))) as ref from development_plan p
            where coalesce(p.evaluated_at, p.decided_at, p.clarified_at, p.raised_at) < :beforeTime and %s""";

    private final JdbcClient jdbc;
    private final CaseHistoryRemoval engine;

    ExpiredCases(JdbcClient jdbc, CaseHistoryRemoval engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    List<Expired> of(Scope scope, TrustPolicy policy, LocalDate today) {
        List<Expired> found = new ArrayList<>();
        found.addAll(query(Kind.APPRAISAL, APPRAISALS, "a.staff_id", scope, today.minusYears(policy.appraisalRetentionYears())));
        found.addAll(query(Kind.CONCERN, CONCERNS, "c.staff_id", scope, today.minusYears(policy.concernRetentionYears())).stream()
                .map(this::withCapabilityCases).toList());
        found.addAll(query(Kind.HLTA_CANDIDACY, CANDIDACIES, "h.staff_id", scope, today.minusYears(policy.hltaRetentionYears())));
        found.addAll(query(Kind.DEVELOPMENT_PLAN, PLANS, "p.staff_id", scope, today.minusYears(policy.developmentRetentionYears())));
        return found.stream().filter(c -> c.caseRefs().stream().noneMatch(engine::running)).toList();
    }

    private List<Expired> query(Kind kind, String sql, String staffColumn, Scope scope, LocalDate before) {
        return jdbc.sql(sql.formatted(scope.staffCondition(staffColumn))).params(scope.parameters(before))
                .query((rs, n) -> new Expired(kind, rs.getLong("id"), List.of(rs.getString("ref")))).list();
    }

    private Expired withCapabilityCases(Expired concern) {
        List<String> capability = jdbc.sql("select id from capability_case where concern_id = ? order by id").param(concern.id())
                .query(Long.class).list().stream().map(CapabilityCases::caseRef).toList();
        return new Expired(concern.kind(), concern.id(), Stream.concat(concern.caseRefs().stream(), capability.stream()).toList());
    }
}
