package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.FixedClock;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.UnknownStaffMemberException;
import uk.staffcareers.ServiceSliceTest;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.staff.StaffDirectory;

/** Each step refuses bad input with a clear message and leaves the plan as it was. */
@ServiceSliceTest
@Import({DevelopmentPlans.class, PolicySettings.class})
class DevelopmentPlansTest {

    @Autowired
    DevelopmentPlans plans;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    private long planId;

    @BeforeEach
    void aDecidedQualification() {
        planId = plans.raise("E1004", Trigger.OWN_REQUEST, "Level 3 to become a senior TA", Actor.user("tom.bennett"), null).planId();
        plans.clarify(planId, new DevelopmentPlans.Clarification("CURRENT_ROLE", false, "NOS STL 18", "Leads interventions",
                "Better phonics", "Senior TA"), "tom.bennett");
        plans.recordRecommendation(planId, Route.QUALIFICATION, "VOCATIONALLY_RELATED", "summary");
        plans.decide(planId, new DevelopmentPlans.Decision(Route.QUALIFICATION, QualificationType.VOCATIONALLY_RELATED,
                "Level 3 certificate in supporting teaching and learning", 3, null), "tom.bennett");
    }

    @Test
    void onlyThoseWhoManageSomeoneMayRaiseANeedForThem() {
        long before = plans();
        assertThatThrownBy(() -> plans.raise("E1004", Trigger.OWN_REQUEST, "Something", Actor.user("priya.shah"), null))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("Only Amy Hughes, their line manager");
        assertThatThrownBy(() -> plans.raise("E9999", Trigger.OWN_REQUEST, "Something", Actor.user("kate.morgan"), null))
                .isInstanceOf(UnknownStaffMemberException.class);
        assertThatThrownBy(() -> plans.raise("E1004", Trigger.OWN_REQUEST, " ", Actor.user("amy.hughes"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Describe the development need");
        assertThat(plans()).isEqualTo(before);
        assertThat(plans.raise("E1004", Trigger.OWN_REQUEST, "Phonics", Actor.user("amy.hughes"), null).planner()).isEqualTo("tom.bennett");
        assertThat(plans.raise("E1004", Trigger.SKILLS_AUDIT, "Phonics", Actor.user("mark.ellis"), null).headteacher()).isEqualTo("helen.carter");
    }

    @Test
    void anotherCaseAsksThroughTheApplicationAndIsRecordedAsTheOneWhoAsked() {
        long id = plans.raise("E1004", Trigger.APPRAISAL, "Phonics", Actor.APPLICATION, "priya.shah").planId();
        assertThat(jdbc.sql("select raised_by from development_plan where id = ?").param(id).query(String.class).single())
                .isEqualTo("priya.shah");
        long byItself = plans.raise("E1004", Trigger.APPRAISAL, "Phonics", Actor.APPLICATION, null).planId();
        assertThat(jdbc.sql("select raised_by from development_plan where id = ?").param(byItself).query(String.class).single())
                .isEqualTo("the application");
    }

    @Test
    void aChoiceOtherThanTheRecommendationNeedsAReasonAndALevelInRange() {
        assertThatThrownBy(() -> plans.decide(planId, new DevelopmentPlans.Decision(Route.INFORMAL, null, "Shadowing", null, ""), "tom.bennett"))
                .hasMessageContaining("You chose differently from the recommendation (QUALIFICATION, VOCATIONALLY_RELATED): give your reason");
        assertThatThrownBy(() -> plans.decide(planId, new DevelopmentPlans.Decision(Route.QUALIFICATION,
                QualificationType.VOCATIONALLY_RELATED, "Certificate", 9, null), "tom.bennett"))
                .hasMessageContaining("A qualification level is entry (0) to 8, not 9");
        assertThat(plans.decide(planId, new DevelopmentPlans.Decision(Route.INFORMAL, null, "Shadowing Sara", null,
                "Sara can coach her this term"), "tom.bennett")).isFalse();
    }

    @Test
    void thePracticalitiesMustHoldTogether() {
        assertThatThrownBy(() -> plans.agree(planId, practicalities("E1006", "100", PaidBy.SCHOOL, 10, 5), true, "tom.bennett"))
                .hasMessageContaining("is before the start date");
        assertThatThrownBy(() -> plans.agree(planId, practicalities("E1006", "100", null, 1, 28), true, "tom.bennett"))
                .hasMessageContaining("Say who pays the costs of 100");
        assertThatThrownBy(() -> plans.agree(planId, practicalities(null, "0", null, 1, 28), true, "tom.bennett"))
                .hasMessageContaining("needs a training mentor");
        assertThatThrownBy(() -> plans.agree(planId, practicalities("E1004", "0", null, 1, 28), true, "tom.bennett"))
                .hasMessageContaining("must be another member of the trust's staff");
        assertThat(status()).isEqualTo("DECIDED");

        var cheap = plans.agree(planId, practicalities("E1006", "120", PaidBy.SCHOOL, 1, 28), true, "tom.bennett");
        assertThat(cheap.costApprovalNeeded()).isFalse();
        assertThat(cheap.mentorUsername()).isEqualTo("sara.okafor");
        assertThat(plans.agree(planId, practicalities("E1006", "450", PaidBy.SHARED, 1, 28), true, "tom.bennett")
                .costApprovalNeeded()).as("above the default threshold of 250").isTrue();
    }

    @Test
    void theEvaluationWaitsForTheEndAndAQualificationGainedGoesOnTheRecord() {
        LocalDate today = FixedClock.TODAY;
        plans.agree(planId, new DevelopmentPlans.Practicalities(true, "E1006", "Half a day a fortnight", BigDecimal.ZERO,
                null, null, "Leads phonics groups", "Phonics screening results", today.minusDays(60), today.plusDays(3)),
                true, "tom.bennett");
        var evaluation = new DevelopmentPlans.Evaluation("Phonics groups led", "Screening up", "Confident", "Staff meeting",
                new Qualification("Level 3 certificate in supporting teaching and learning", QualificationType.VOCATIONALLY_RELATED,
                        QualificationSubject.OTHER, 3, today));
        assertThatThrownBy(() -> plans.evaluate(planId, evaluation, "tom.bennett"))
                .hasMessageContaining("evaluate it after it has ended");

        plans.logProgress(planId, "Finished all units early", true, "sara.okafor");
        plans.evaluate(planId, evaluation, "tom.bennett");
        assertThat(status()).isEqualTo("EVALUATED");
        assertThat(directory.qualifications("E1004")).extracting(Qualification::title)
                .contains("Level 3 certificate in supporting teaching and learning");
    }

    private static DevelopmentPlans.Practicalities practicalities(String mentor, String cost, PaidBy paidBy, int startDay, int endDay) {
        return new DevelopmentPlans.Practicalities(true, mentor, "Half a day a fortnight", new BigDecimal(cost), null, paidBy,
                "Leads phonics groups", "Phonics screening results", LocalDate.of(2027, 1, startDay), LocalDate.of(2027, 1, endDay));
    }

    private long plans() {
        return jdbc.sql("select count(*) from development_plan").query(Long.class).single();
    }

    private String status() {
        return jdbc.sql("select status from development_plan where id = ?").param(planId).query(String.class).single();
    }
}
