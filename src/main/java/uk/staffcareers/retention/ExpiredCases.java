package uk.staffcareers.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.capability.CapabilityCases;
import uk.staffcareers.capability.PerformanceConcernProcess;
import uk.staffcareers.development.DevelopmentPlanProcess;
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
            select a.id, a.period_label, a.staff_id from appraisal a
            where a.status in ('COMPLETED', 'LEFT_EMPLOYMENT') and a.period_end < :before and %s""";
    private static final String CONCERNS = """
            select c.id from performance_concern c
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
            select p.id, p.staff_id from development_plan p
            where coalesce(p.evaluated_at, p.decided_at, p.clarified_at, p.raised_at) < :beforeTime and %s""";

    private final JdbcClient jdbc;
    private final CaseHistoryRemoval engine;

    ExpiredCases(JdbcClient jdbc, CaseHistoryRemoval engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    List<Expired> of(Scope scope, TrustPolicy policy, LocalDate today) {
        List<Expired> found = new ArrayList<>();
        // Each case's business key, as its process makes it (the candidacy keeps its own).
        found.addAll(query(Kind.APPRAISAL, APPRAISALS, "a.staff_id", scope, today.minusYears(policy.appraisalRetentionYears()),
                (rs, n) -> AppraisalPeriod.businessKey(rs.getString("period_label"), rs.getString("staff_id"))));
        found.addAll(query(Kind.CONCERN, CONCERNS, "c.staff_id", scope, today.minusYears(policy.concernRetentionYears()),
                (rs, n) -> PerformanceConcernProcess.businessKey(rs.getLong("id"))).stream().map(this::withCapabilityCases).toList());
        found.addAll(query(Kind.HLTA_CANDIDACY, CANDIDACIES, "h.staff_id", scope, today.minusYears(policy.hltaRetentionYears()),
                (rs, n) -> rs.getString("ref")));
        found.addAll(query(Kind.DEVELOPMENT_PLAN, PLANS, "p.staff_id", scope, today.minusYears(policy.developmentRetentionYears()),
                (rs, n) -> DevelopmentPlanProcess.businessKey(rs.getString("staff_id"), rs.getLong("id"))));
        return found.stream().filter(c -> c.caseRefs().stream().noneMatch(engine::running)).toList();
    }

    private List<Expired> query(Kind kind, String sql, String staffColumn, Scope scope, LocalDate before, RowMapper<String> caseRef) {
        return jdbc.sql(sql.formatted(scope.staffCondition(staffColumn))).params(scope.parameters(before))
                .query((rs, n) -> new Expired(kind, rs.getLong("id"), List.of(caseRef.mapRow(rs, n)))).list();
    }

    private Expired withCapabilityCases(Expired concern) {
        List<String> capability = jdbc.sql("select id from capability_case where concern_id = ? order by id").param(concern.id())
                .query(Long.class).list().stream().map(CapabilityCases::caseRef).toList();
        return new Expired(concern.kind(), concern.id(), Stream.concat(concern.caseRefs().stream(), capability.stream()).toList());
    }
}
