package uk.staffcareers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.InvalidFields;

class TrustPolicyTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** The lint rule that a timer's documentation names its policy setting knows the settings from this list. */
    @Test
    void theLintRulesKnowEverySettingByTheNameTheApiGivesIt() throws IOException {
        List<String> linted = new ObjectMapper().readValue(Path.of("lint/plugin/policy-settings.json").toFile(),
                new TypeReference<List<String>>() { });
        assertThat(linted).containsExactlyElementsOf(
                Stream.of(TrustPolicy.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void theDefaultsAreTheSourceDocumentsValues() {
        TrustPolicy d = validated(TrustPolicy.DEFAULTS);
        assertThat(d.objectivesDeadline()).isEqualTo(MonthDay.of(10, 31));
        assertThat(d.interimReviewPercent()).isEqualTo(50);
        assertThat(d.appealWindowWorkingDays()).isEqualTo(10);
        assertThat(d.informalSupportMaxWeeks()).isEqualTo(6);
        assertThat(d.capabilityNoticeWorkingDays()).isEqualTo(5);
        assertThat(d.capabilityMonitoringWeeks()).isEqualTo(6);
        assertThat(d.hltaVisitWindowWeeks()).isEqualTo(12);
        assertThat(d.hltaPreparationDays()).isEqualTo(3);
        assertThat(d.hltaAssessmentTasks()).isEqualTo(4);
        assertThat(d.annualAssessmentLeadWeeks()).isEqualTo(6);
        assertThat(d.chooseAppraiserWorkingDays()).isEqualTo(5);
        assertThat(d.lateStartObjectivesWeeks()).isEqualTo(4);
        assertThat(d.commentsWorkingDays()).isEqualTo(5);
        assertThat(d.hltaVisitAlertWorkingDays()).isEqualTo(10);
        assertThat(d.maxObjectives()).isEqualTo(3);
        assertThat(d.ceoAppraisedWithExternalAdviser()).as("the policy names the chair alone as managing the CEO").isFalse();
        assertThat(d.payReviewWorkingDays()).as("this product's default: the pay policy is not among the documents").isEqualTo(10);
        assertThat(d.payHearingNoticeWorkingDays()).isEqualTo(5);
        assertThat(d.hltaCandidateAnswerWorkingDays()).as("this product's default: the HLTA guidance gives no number").isEqualTo(10);
        assertThat(d.hltaTasksBeforeVisitWorkingDays()).as("this product's default: the HLTA guidance gives no number").isEqualTo(5);
        assertThat(d.payDecisionWorkingDays()).as("this product's default: the pay policy names no number of days").isEqualTo(10);
        assertThat(d.defaultTaskWorkingDays()).as("this product's default for a task whose model names no due date").isEqualTo(10);
        assertThat(d.appraisalRetentionYears()).as("the trust's schedule: six years after the period").isEqualTo(6);
        assertThat(d.concernRetentionYears()).as("the trust's schedule: six years after the case ended").isEqualTo(6);
        assertThat(d.hltaRetentionYears()).as("this product's default").isEqualTo(6);
        assertThat(d.developmentRetentionYears()).as("this product's default").isEqualTo(6);
        assertThat(d.notificationRetentionDays()).as("this product's default").isEqualTo(365);
        assertThat(d.sentMailRetentionDays()).as("this product's default").isEqualTo(90);
    }

    @Test
    void settingsNoSchoolCouldWorkToAreRefusedEachByName() {
        TrustPolicy d = TrustPolicy.DEFAULTS;
        TrustPolicy wrong = new TrustPolicy(d.objectivesDeadline(), d.objectivesEscalationWorkingDays(), 95,
                d.appealWindowWorkingDays(), d.informalSupportMaxWeeks(), d.supportExtensionsAllowed(),
                d.reviewReminderWorkingDays(), 2, d.capabilityMonitoringWeeks(), d.hltaVisitWindowWeeks(),
                d.hltaPreparationDays(), d.hltaAssessmentTasks(), new BigDecimal("-1"), d.confirmDetailsWorkingDays(),
                d.ceoAppraisedWithExternalAdviser(), d.annualAssessmentLeadWeeks(), d.chooseAppraiserWorkingDays(),
                d.lateStartObjectivesWeeks(), d.commentsWorkingDays(), d.hltaVisitAlertWorkingDays(), d.maxObjectives(), 0, 21, 0, 21, 31, 0,
                0, d.concernRetentionYears(), d.hltaRetentionYears(), d.developmentRetentionYears(), 29, d.sentMailRetentionDays());
        assertThatThrownBy(() -> validated(wrong)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("interimReviewPercent must be 10 to 90, not 95")
                .hasMessageContaining("capabilityNoticeWorkingDays must be 5 to 30, not 2")
                .hasMessageContaining("developmentCostThreshold must be zero or more")
                .hasMessageContaining("payReviewWorkingDays must be 1 to 30, not 0")
                .hasMessageContaining("payHearingNoticeWorkingDays must be 1 to 20, not 21")
                .hasMessageContaining("hltaCandidateAnswerWorkingDays must be 1 to 30, not 0")
                .hasMessageContaining("hltaTasksBeforeVisitWorkingDays must be 1 to 20, not 21")
                .hasMessageContaining("payDecisionWorkingDays must be 1 to 30, not 31")
                .hasMessageContaining("appraisalRetentionYears must be 1 to 25, not 0")
                .hasMessageContaining("notificationRetentionDays must be 30 to 3650, not 29")
                .hasMessageContaining("defaultTaskWorkingDays must be 1 to 30, not 0");
    }

    @Test
    void annualAssessmentLeadWeeksOutsideTwoToTwelveIsRefusedByName() {
        assertRefused(new Durations(1, 5, 4, 5, 10, 3), "annualAssessmentLeadWeeks must be 2 to 12, not 1");
        assertRefused(new Durations(13, 5, 4, 5, 10, 3), "annualAssessmentLeadWeeks must be 2 to 12, not 13");
        assertThat(validated(new Durations(12, 5, 4, 5, 10, 3).policy()).annualAssessmentLeadWeeks()).isEqualTo(12);
    }

    @Test
    void chooseAppraiserWorkingDaysOutsideOneToTwentyIsRefusedByName() {
        assertRefused(new Durations(6, 0, 4, 5, 10, 3), "chooseAppraiserWorkingDays must be 1 to 20, not 0");
        assertRefused(new Durations(6, 21, 4, 5, 10, 3), "chooseAppraiserWorkingDays must be 1 to 20, not 21");
    }

    @Test
    void lateStartObjectivesWeeksOutsideOneToTwelveIsRefusedByName() {
        assertRefused(new Durations(6, 5, 0, 5, 10, 3), "lateStartObjectivesWeeks must be 1 to 12, not 0");
        assertRefused(new Durations(6, 5, 13, 5, 10, 3), "lateStartObjectivesWeeks must be 1 to 12, not 13");
    }

    @Test
    void commentsWorkingDaysOutsideOneToTwentyIsRefusedByName() {
        assertRefused(new Durations(6, 5, 4, 0, 10, 3), "commentsWorkingDays must be 1 to 20, not 0");
        assertRefused(new Durations(6, 5, 4, 21, 10, 3), "commentsWorkingDays must be 1 to 20, not 21");
    }

    @Test
    void hltaVisitAlertWorkingDaysOutsideOneToThirtyIsRefusedByName() {
        assertRefused(new Durations(6, 5, 4, 5, 0, 3), "hltaVisitAlertWorkingDays must be 1 to 30, not 0");
        assertRefused(new Durations(6, 5, 4, 5, 31, 3), "hltaVisitAlertWorkingDays must be 1 to 30, not 31");
    }

    @Test
    void maxObjectivesBeyondTheFormsFiveSlotsIsRefusedByName() {
        assertRefused(new Durations(6, 5, 4, 5, 10, 0), "maxObjectives must be 1 to 5, not 0");
        assertRefused(new Durations(6, 5, 4, 5, 10, 6), "maxObjectives must be 1 to 5, not 6");
        assertThat(validated(new Durations(6, 5, 4, 5, 10, 5).policy()).maxObjectives()).isEqualTo(5);
    }

    /** The settings as PolicyController's @Valid and PolicySettings check them, refused as the API says it. */
    private static TrustPolicy validated(TrustPolicy policy) {
        Set<ConstraintViolation<TrustPolicy>> violations = VALIDATOR.validate(policy);
        if (!violations.isEmpty()) {
            throw InvalidFields.of(violations);
        }
        return policy;
    }

    private static void assertRefused(Durations durations, String problem) {
        assertThatThrownBy(() -> validated(durations.policy())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(problem);
    }

    /** The defaults with the duration settings of issue 15 replaced. */
    private record Durations(int leadWeeks, int chooseDays, int lateStartWeeks, int commentsDays, int alertDays, int objectives) {
        TrustPolicy policy() {
            TrustPolicy d = TrustPolicy.DEFAULTS;
            return new TrustPolicy(d.objectivesDeadline(), d.objectivesEscalationWorkingDays(), d.interimReviewPercent(),
                    d.appealWindowWorkingDays(), d.informalSupportMaxWeeks(), d.supportExtensionsAllowed(),
                    d.reviewReminderWorkingDays(), d.capabilityNoticeWorkingDays(), d.capabilityMonitoringWeeks(),
                    d.hltaVisitWindowWeeks(), d.hltaPreparationDays(), d.hltaAssessmentTasks(), d.developmentCostThreshold(),
                    d.confirmDetailsWorkingDays(), d.ceoAppraisedWithExternalAdviser(), leadWeeks, chooseDays, lateStartWeeks,
                    commentsDays, alertDays, objectives, d.payReviewWorkingDays(), d.payHearingNoticeWorkingDays(),
                    d.hltaCandidateAnswerWorkingDays(), d.hltaTasksBeforeVisitWorkingDays(), d.payDecisionWorkingDays(), d.defaultTaskWorkingDays(),
                d.appraisalRetentionYears(), d.concernRetentionYears(), d.hltaRetentionYears(), d.developmentRetentionYears(), d.notificationRetentionDays(), d.sentMailRetentionDays());
        }
    }
}
