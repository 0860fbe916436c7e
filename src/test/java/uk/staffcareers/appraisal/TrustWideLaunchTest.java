package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.FixedClock;
import uk.staffcareers.FixedEngineClock;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.staff.StaffDirectory;

/**
 * The central team's launch of the whole trust includes the CEO, whose appraiser's tasks go to the chair
 * of trustees; the external adviser joins her appraisal only where the trust's policy says so.
 */
@SpringBootTest(properties = "staffcareers.test.context=trust-wide-launch")
@ActiveProfiles("test")
@ExtendWith(FixedEngineClock.class)
class TrustWideLaunchTest {

    @Autowired
    AppraisalLaunch launch;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Appraisals appraisals;
    @Autowired
    PolicySettings policies;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTrustsLaunchIncludesTheCeoAppraisedByTheChairOfTrustees() {
        AppraisalPeriod period = AppraisalPeriod.containing(FixedClock.TODAY);
        var summary = launch.launch(AppraisalLaunch.Scope.TRUST, null, period.label(), "kate.morgan");

        assertThat(summary.leftOut()).noneMatch(reason -> reason.contains("Sarah Whitfield"))
                .anyMatch(reason -> reason.startsWith("John Ashworth (T0002): not employed by the trust"));
        String ceosCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(period.businessKey("T0001"))
                .singleResult().getId();
        assertThat(tasks.createTaskQuery().processInstanceId(ceosCase).singleResult())
                .satisfies(t -> assertThat(t.getName()).isEqualTo("Draft objectives"))
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo("john.ashworth"));
        assertThat(runtime.getVariable(ceosCase, AppraisalCycleProcess.Vars.PAY_DECIDER.name())).isEqualTo("john.ashworth");
        String headsCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(period.businessKey("E2001"))
                .singleResult().getId();
        assertThat(tasks.createTaskQuery().processInstanceId(headsCase).singleResult().getAssignee()).isEqualTo("sarah.whitfield");
    }

    @Test
    @Transactional
    void withoutAChairOfTrusteesTheCeosCaseDoesNotStartAndSaysWhy() {
        jdbc.sql("update staff_member set role = 'EXTERNAL_ADVISER' where id = 'T0002'").update();
        AppraisalPeriod next = AppraisalPeriod.containing(FixedClock.TODAY.plusYears(1));
        assertThatThrownBy(() -> launch.launch(AppraisalLaunch.Scope.STAFF, "T0001", next.label(), "kate.morgan"))
                .hasMessage("The appraisal case of Sarah Whitfield (T0001) could not start: "
                        + "The trust has no chair of trustees in the staff directory to appraise the CEO");
    }

    @Test
    void theExternalAdviserJoinsTheCeosAppraisalWhereTheTrustSaysSo() {
        var ceo = directory.get("T0001");
        assertThat(appraisals.panel(ceo)).extracting(s -> s.username()).containsExactly("john.ashworth");
        TrustPolicy d = TrustPolicy.DEFAULTS;
        policies.update(DemoTrust.TRUST, new TrustPolicy(d.objectivesDeadline(), d.objectivesEscalationWorkingDays(),
                d.interimReviewPercent(), d.appealWindowWorkingDays(), d.informalSupportMaxWeeks(), d.supportExtensionsAllowed(),
                d.reviewReminderWorkingDays(), d.capabilityNoticeWorkingDays(), d.capabilityMonitoringWeeks(), d.hltaVisitWindowWeeks(),
                d.hltaPreparationDays(), d.hltaAssessmentTasks(), d.developmentCostThreshold(), d.confirmDetailsWorkingDays(), true,
                d.annualAssessmentLeadWeeks(), d.chooseAppraiserWorkingDays(), d.lateStartObjectivesWeeks(), d.commentsWorkingDays(),
                d.hltaVisitAlertWorkingDays(), d.maxObjectives(), d.payReviewWorkingDays(), d.payHearingNoticeWorkingDays(),
                d.hltaCandidateAnswerWorkingDays(), d.hltaTasksBeforeVisitWorkingDays(), d.payDecisionWorkingDays(), d.defaultTaskWorkingDays(),
                d.appraisalRetentionYears(), d.concernRetentionYears(), d.hltaRetentionYears(), d.developmentRetentionYears(), d.notificationRetentionDays(), d.sentMailRetentionDays()),
                "kate.morgan");
        try {
            assertThat(policies.forTrust(DemoTrust.TRUST).ceoAppraisedWithExternalAdviser()).isTrue();
            assertThat(appraisals.panel(ceo)).extracting(s -> s.username()).containsExactly("john.ashworth", "margaret.lowe");
        } finally {
            policies.update(DemoTrust.TRUST, d, "kate.morgan");
        }
    }
}
