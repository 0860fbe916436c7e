package uk.staffcareers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import uk.staffcareers.InvalidInputException;

class TrustPolicyTest {

    @Test
    void theDefaultsAreTheSourceDocumentsValues() {
        TrustPolicy d = TrustPolicy.DEFAULTS.validated();
        assertThat(d.objectivesDeadline()).isEqualTo(MonthDay.of(10, 31));
        assertThat(d.interimReviewPercent()).isEqualTo(50);
        assertThat(d.appealWindowWorkingDays()).isEqualTo(10);
        assertThat(d.informalSupportMaxWeeks()).isEqualTo(6);
        assertThat(d.capabilityNoticeWorkingDays()).isEqualTo(5);
        assertThat(d.capabilityMonitoringWeeks()).isEqualTo(6);
        assertThat(d.hltaVisitWindowWeeks()).isEqualTo(12);
        assertThat(d.hltaPreparationDays()).isEqualTo(3);
        assertThat(d.hltaAssessmentTasks()).isEqualTo(4);
        assertThat(d.ceoAppraisedWithExternalAdviser()).as("the policy names the chair alone as managing the CEO").isFalse();
    }

    @Test
    void settingsNoSchoolCouldWorkToAreRefusedEachByName() {
        TrustPolicy d = TrustPolicy.DEFAULTS;
        TrustPolicy wrong = new TrustPolicy(d.objectivesDeadline(), d.objectivesEscalationWorkingDays(), 95,
                d.appealWindowWorkingDays(), d.informalSupportMaxWeeks(), d.supportExtensionsAllowed(),
                d.reviewReminderWorkingDays(), 2, d.capabilityMonitoringWeeks(), d.hltaVisitWindowWeeks(),
                d.hltaPreparationDays(), d.hltaAssessmentTasks(), new BigDecimal("-1"), d.confirmDetailsWorkingDays(),
                d.ceoAppraisedWithExternalAdviser());
        assertThatThrownBy(wrong::validated).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("interimReviewPercent must be 10 to 90, not 95")
                .hasMessageContaining("capabilityNoticeWorkingDays must be 5 to 30, not 2")
                .hasMessageContaining("developmentCostThreshold must be zero or more");
    }
}
