package uk.staffcareers.policy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.MonthDay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.staff.StaffDirectory;

/** Each trust's policy settings, or the defaults where the trust has not changed them. */
@Service
public class PolicySettings {

    private static final String COLUMNS = """
            objectives_deadline_month, objectives_deadline_day, objectives_escalation_working_days, interim_review_percent,
            appeal_window_working_days, informal_support_max_weeks, support_extensions_allowed, review_reminder_working_days,
            capability_notice_working_days, capability_monitoring_weeks, hlta_visit_window_weeks, hlta_preparation_days,
            hlta_assessment_tasks, development_cost_threshold, confirm_details_working_days, ceo_appraised_with_external_adviser,
            annual_assessment_lead_weeks, choose_appraiser_working_days, late_start_objectives_weeks, comments_working_days,
            hlta_visit_alert_working_days, max_objectives,
            pay_review_working_days, pay_hearing_notice_working_days,
            hlta_candidate_answer_working_days, hlta_tasks_before_visit_working_days, pay_decision_working_days,
            default_task_working_days""";

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Clock clock;

    PolicySettings(JdbcClient jdbc, StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    public TrustPolicy forTrust(String trustId) {
        return jdbc.sql("select " + COLUMNS + " from trust_policy where trust_id = ?").param(trustId)
                .query((rs, n) -> new TrustPolicy(MonthDay.of(rs.getInt(1), rs.getInt(2)), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                        rs.getInt(12), rs.getInt(13), rs.getBigDecimal(14), rs.getInt(15), rs.getBoolean(16),
                        rs.getInt(17), rs.getInt(18), rs.getInt(19), rs.getInt(20), rs.getInt(21), rs.getInt(22),
                        rs.getInt(23), rs.getInt(24), rs.getInt(25), rs.getInt(26), rs.getInt(27), rs.getInt(28)))
                .optional().orElse(TrustPolicy.DEFAULTS);
    }

    /** The policy that applies to a member of staff: their trust's. */
    public TrustPolicy forStaff(String staffId) {
        return forTrust(directory.get(staffId).trustId());
    }

    @Transactional
    public TrustPolicy update(String trustId, TrustPolicy policy, String updatedBy) {
        policy.validated();
        Object[] values = {policy.objectivesDeadline().getMonthValue(), policy.objectivesDeadline().getDayOfMonth(),
                policy.objectivesEscalationWorkingDays(), policy.interimReviewPercent(), policy.appealWindowWorkingDays(),
                policy.informalSupportMaxWeeks(), policy.supportExtensionsAllowed(), policy.reviewReminderWorkingDays(),
                policy.capabilityNoticeWorkingDays(), policy.capabilityMonitoringWeeks(), policy.hltaVisitWindowWeeks(),
                policy.hltaPreparationDays(), policy.hltaAssessmentTasks(), policy.developmentCostThreshold(),
                policy.confirmDetailsWorkingDays(), policy.ceoAppraisedWithExternalAdviser(),
                policy.annualAssessmentLeadWeeks(), policy.chooseAppraiserWorkingDays(), policy.lateStartObjectivesWeeks(),
                policy.commentsWorkingDays(), policy.hltaVisitAlertWorkingDays(), policy.maxObjectives(),
                policy.payReviewWorkingDays(), policy.payHearingNoticeWorkingDays(),
                policy.hltaCandidateAnswerWorkingDays(), policy.hltaTasksBeforeVisitWorkingDays(), policy.payDecisionWorkingDays(),
                policy.defaultTaskWorkingDays(), updatedBy, LocalDateTime.now(clock), trustId};
        jdbc.sql("delete from trust_policy where trust_id = ?").param(trustId).update();
        jdbc.sql("insert into trust_policy (" + COLUMNS + ", updated_by, updated_at, trust_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(values).update();
        return policy;
    }
}
