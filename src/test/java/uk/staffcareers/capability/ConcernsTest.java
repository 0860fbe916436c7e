package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import uk.staffcareers.FixedClock;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.ServiceSliceTest;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.documents.IssuedDocuments;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.staff.DemoTrust;

/** Bad input at each step of a concern and of the capability case: refused with a message, nothing changed. */
@ServiceSliceTest
@Import({Concerns.class, CapabilityCases.class, CapabilityLetters.class, PolicySettings.class, SchoolCalendars.class,
        IssuedDocuments.class})
class ConcernsTest {

    @Autowired
    Concerns concerns;
    @Autowired
    CapabilityCases capability;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Documents documents;
    @Autowired
    PolicySettings policies;
    @Autowired
    SchoolCalendars calendars;
    /** Whether someone appraises Ben is the appraisal's answer (its OpenAppraisers); here it is whatever a test says. */
    @MockitoBean
    Appraisers appraisers;

    private final LocalDate today = FixedClock.TODAY;
    private long concernId;

    @BeforeEach
    void aConcernRaisedByTheLineManager() {
        concernId = concerns.raise("E1005", "Planning not done", Actor.user("priya.shah"), null).concernId();
    }

    @Test
    void theLineManagerAppraiserHeadteacherAndCentralTeamRaiseAConcernNobodyElse() {
        long before = concerns();
        assertThatThrownBy(() -> raise("E1005", "tom.bennett")).as("a teacher who neither manages nor appraises Ben")
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("A concern is raised by the employee's appraiser, line manager, headteacher or the trust's central team");
        assertThatThrownBy(() -> raise("E1005", "david.marsh")).as("another school's headteacher")
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> raise("E1005", "mark.ellis")).as("the business manager").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> raise("E1005", "ben.lewis")).as("the employee").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> raise("E1005", "john.ashworth")).as("a trustee").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> concerns.raise("E1005", " ", Actor.user("helen.carter"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Describe the concern");
        assertThat(concerns()).isEqualTo(before);

        assertThat(raise("E1005", "helen.carter").hrAdviser()).as("the headteacher").isEqualTo("kate.morgan");
        assertThat(raise("E1005", "kate.morgan").reviewer()).as("HR").isEqualTo("kate.morgan");
        assertThat(raise("E1005", "sarah.whitfield").reviewer()).as("the CEO").isEqualTo("sarah.whitfield");
        when(appraisers.appraises("tom.bennett", "E1005")).thenReturn(true);
        assertThat(raise("E1005", "tom.bennett").reviewer()).as("the appraiser of an open appraisal").isEqualTo("tom.bennett");
    }

    @Test
    void aConcernAboutAHeadteacherIsRaisedByTheCeoOrHrOnly() {
        long before = concerns();
        for (String raiser : List.of("priya.shah", "mark.ellis", "david.marsh", "john.ashworth", "margaret.lowe")) {
            assertThatThrownBy(() -> raise("E1001", raiser)).as(raiser).isInstanceOf(NotAllowedException.class)
                    .hasMessage("A concern about a headteacher is raised by the CEO or HR");
        }
        assertThatThrownBy(() -> raise("E1001", "helen.carter")).as("herself").isInstanceOf(NotAllowedException.class);
        assertThat(concerns()).isEqualTo(before);
        assertThat(raise("E1001", "sarah.whitfield").reviewer()).isEqualTo("sarah.whitfield");
        assertThat(raise("E1001", "kate.morgan").reviewer()).isEqualTo("kate.morgan");
    }

    private Concerns.Raised raise(String staffId, String raiser) {
        return concerns.raise(staffId, "Planning", Actor.user(raiser), null);
    }

    private long concerns() {
        return jdbc.sql("select count(*) from performance_concern").query(Long.class).single();
    }

    @Test
    void theMeetingNeedsSupportAndAReviewDateWithinThePolicysLimit() {
        assertThatThrownBy(() -> concerns.recordMeeting(concernId, meeting(List.of(), today.plusWeeks(4)), "priya.shah"))
                .hasMessageContaining("Choose the support agreed");
        assertThatThrownBy(() -> concerns.recordMeeting(concernId, meeting(List.of("COACHING"), today.minusDays(1)), "priya.shah"))
                .hasMessageContaining("The review date must be after today");
        assertThatThrownBy(() -> concerns.recordMeeting(concernId, meeting(List.of("COACHING"), today.plusWeeks(7)), "priya.shah"))
                .hasMessageContaining("up to 6 weeks of informal support");
        assertThat(status()).isEqualTo("RAISED");
        assertThat(concerns.recordMeeting(concernId, meeting(List.of("COACHING", "TRAINING"), today.plusWeeks(6)), "priya.shah")
                .reviewOn()).isEqualTo(today.plusWeeks(6));
    }

    @Test
    void afterAMoveWhoeverTookOverTheReviewRecordsItAndTheRaiserNoLonger() {
        concerns.recordMeeting(concernId, meeting(List.of("MENTORING"), today.plusWeeks(2)), "priya.shah");
        concerns.reviewerReplaced(concernId, "tom.bennett", "david.marsh");
        assertThatThrownBy(() -> concerns.review(concernId, Concerns.Outcome.SUFFICIENT, null, null, "david.marsh"))
                .as("only whoever took over from the reviewer").isInstanceOf(NotAllowedException.class);

        concerns.reviewerReplaced(concernId, "priya.shah", "david.marsh");
        assertThatThrownBy(() -> concerns.review(concernId, Concerns.Outcome.SUFFICIENT, null, null, "priya.shah"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(concerns.review(concernId, Concerns.Outcome.SUFFICIENT, null, null, "david.marsh")).isEqualTo(Concerns.Outcome.SUFFICIENT);
        assertThat(jdbc.sql("select concat(raised_by, ' ', reviewer, ' ', reviewed_by) from performance_concern where id = ?")
                .param(concernId).query(String.class).single()).isEqualTo("priya.shah david.marsh david.marsh");
    }

    @Test
    void onlyTheReviewerReviewsAndTheSupportIsExtendedOnlyOnce() {
        concerns.recordMeeting(concernId, meeting(List.of("MENTORING"), today.plusWeeks(2)), "priya.shah");
        assertThatThrownBy(() -> concerns.review(concernId, Concerns.Outcome.SUFFICIENT, null, null, "helen.carter"))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only the person who raised this concern records its review");
        concerns.review(concernId, Concerns.Outcome.EXTENDED, "Planning still thin", today.plusWeeks(3), "priya.shah");
        assertThatThrownBy(() -> concerns.review(concernId, Concerns.Outcome.EXTENDED, null, today.plusWeeks(4), "priya.shah"))
                .hasMessageContaining("the most the policy allows");
        assertThat(concerns.review(concernId, Concerns.Outcome.INSUFFICIENT, "Planning", null, "priya.shah"))
                .isEqualTo(Concerns.Outcome.INSUFFICIENT);
        assertThat(status()).isEqualTo("CAPABILITY");
    }

    @Test
    void onlyTheEmployeeAcknowledgesTheWrittenRecord() {
        concerns.recordMeeting(concernId, meeting(List.of("MENTORING"), today.plusWeeks(2)), "priya.shah");
        assertThatThrownBy(() -> concerns.respond(concernId, "Fine", true, "priya.shah")).hasMessageContaining("Only Ben Lewis");
        assertThatThrownBy(() -> concerns.respond(concernId, "Fine", false, "ben.lewis")).hasMessageContaining("Acknowledge");
    }

    @Test
    void aFormalMeetingNeedsFiveWorkingDaysNotice() {
        long caseId = capability.open(concernId, "E1005", "kate.morgan");
        LocalDate tooSoon = calendars.forStaff("E1005").after(today, 4);
        assertThatThrownBy(() -> capability.invite(caseId, tooSoon.atTime(15, 30), "Head's office", "kate.morgan"))
                .hasMessageContaining("at least 5 working days' notice");
        LocalDateTime inTime = calendars.forStaff("E1005").after(today, 5).atTime(15, 30);
        assertThat(capability.invite(caseId, inTime, "Head's office", "kate.morgan")).isEqualTo(inTime);
        assertThatThrownBy(() -> capability.recordMeeting(caseId, new CapabilityCases.FormalMeeting(" ", "Coaching", null, null,
                null), "kate.morgan")).hasMessageContaining("targets");
        assertThatThrownBy(() -> capability.recordMeeting(caseId, new CapabilityCases.FormalMeeting("Weekly plans", " ", null,
                null, null), "kate.morgan")).hasMessageContaining("support");
        assertThat(capability.recordMeeting(caseId, new CapabilityCases.FormalMeeting("Weekly plans to the phase leader",
                "Weekly coaching", null, "Jo Smith (NEU)", null), "kate.morgan")).isEqualTo(today.plusWeeks(6));
        assertThat(jdbc.sql("select companion from capability_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("Jo Smith (NEU)");
    }

    @Test
    void notImprovedGivesOneFinalWarningThenTheDecisionMeetingWithNoticeAndAnAppealToAPanelNotInvolved() {
        long caseId = capability.open(concernId, "E1005", "kate.morgan");
        capability.recordMeeting(caseId, new CapabilityCases.FormalMeeting("Weekly plans", "Coaching", null, null, null),
                "kate.morgan");
        assertThat(capability.review(caseId, CapabilityCases.Outcome.NOT_IMPROVED, null, "kate.morgan").finalWarningGiven())
                .isFalse();
        assertThat(capability.issueFinalWarning(caseId, 4, "kate.morgan")).isEqualTo(today.plusWeeks(4));
        assertThat(capability.review(caseId, CapabilityCases.Outcome.NOT_IMPROVED, null, "kate.morgan").finalWarningGiven())
                .isTrue();

        LocalDate tooSoon = calendars.forStaff("E1005").after(today, 4);
        assertThatThrownBy(() -> capability.inviteToDecision(caseId, tooSoon.atTime(10, 0), "Trust office", "kate.morgan"))
                .hasMessageContaining("decision meeting must be on a working day with at least 5 working days' notice");
        capability.inviteToDecision(caseId, calendars.forStaff("E1005").after(today, 5).atTime(10, 0), "Trust office", "kate.morgan");
        assertThatThrownBy(() -> capability.appeal(caseId, "Unfair", "ben.lewis")).hasMessageContaining("no decision to dismiss");
        LocalDate decisionDay = calendars.forStaff("E1005").after(today, 5);
        assertThatThrownBy(() -> capability.moveMeeting(caseId, CapabilityCases.Meeting.DECISION,
                decisionDay.plusDays(1).atTime(10, 0), "My companion is away", "priya.shah")).hasMessageContaining("Only Ben Lewis");
        LocalDate moveTo = calendars.forStaff("E1005").after(decisionDay, 1);
        assertThat(capability.moveMeeting(caseId, CapabilityCases.Meeting.DECISION, moveTo.atTime(10, 0), "My companion is away",
                "ben.lewis")).isEqualTo(moveTo.atTime(10, 0));
        assertThatThrownBy(() -> capability.moveMeeting(caseId, CapabilityCases.Meeting.DECISION,
                calendars.forStaff("E1005").after(moveTo, 1).atTime(10, 0), "Again", "ben.lewis"))
                .hasMessageContaining("already been moved once");
        assertThatThrownBy(() -> capability.recordDecision(caseId, new CapabilityCases.DecisionMeeting(
                CapabilityCases.Decision.DISMISSAL, "Targets not met", null, null), "kate.morgan")).hasMessageContaining("notice");
        LocalDate appealBy = capability.recordDecision(caseId, new CapabilityCases.DecisionMeeting(CapabilityCases.Decision.DISMISSAL,
                "Targets not met", "Jo Smith (NEU)", 8), "kate.morgan");
        assertThat(appealBy).isEqualTo(calendars.forStaff("E1005").after(today, 10));

        assertThatThrownBy(() -> capability.appeal(caseId, "Unfair", "priya.shah")).hasMessageContaining("Only Ben Lewis");
        capability.appeal(caseId, "The support was not given", "ben.lewis");
        LocalDateTime hearing = calendars.forStaff("E1005").after(today, 6).atTime(10, 0);
        assertThatThrownBy(() -> capability.arrangeAppeal(caseId, List.of("john.ashworth", "helen.carter"), hearing, "Trust office",
                "kate.morgan")).hasMessageContaining("Helen Carter is the headteacher who held the capability meetings");
        assertThatThrownBy(() -> capability.arrangeAppeal(caseId, List.of("priya.shah"), hearing, "Trust office", "kate.morgan"))
                .hasMessageContaining("raised the performance concern");
        assertThatThrownBy(() -> capability.arrangeAppeal(caseId, List.of("kate.morgan"), hearing, "Trust office", "kate.morgan"))
                .hasMessageContaining("invited to the decision meeting");
        assertThat(capability.arrangeAppeal(caseId, List.of("john.ashworth", "margaret.lowe"), hearing, "Trust office",
                "kate.morgan")).isEqualTo(hearing);
        capability.recordAppealOutcome(caseId, CapabilityCases.AppealOutcome.NOT_UPHELD, "The support was given", "kate.morgan");
        assertThat(jdbc.sql("select status from capability_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("DISMISSED");
    }

    @Test
    void theNoticeOfCapabilityMeetingsIsTheTrustsSetting() throws Exception {
        TrustPolicy d = TrustPolicy.DEFAULTS;
        policies.update(DemoTrust.TRUST, new TrustPolicy(d.objectivesDeadline(), d.objectivesEscalationWorkingDays(),
                d.interimReviewPercent(), d.appealWindowWorkingDays(), d.informalSupportMaxWeeks(), d.supportExtensionsAllowed(),
                d.reviewReminderWorkingDays(), 8, d.capabilityMonitoringWeeks(), d.hltaVisitWindowWeeks(), d.hltaPreparationDays(),
                d.hltaAssessmentTasks(), d.developmentCostThreshold(), d.confirmDetailsWorkingDays(),
                d.ceoAppraisedWithExternalAdviser(), d.annualAssessmentLeadWeeks(), d.chooseAppraiserWorkingDays(),
                d.lateStartObjectivesWeeks(), d.commentsWorkingDays(), d.hltaVisitAlertWorkingDays(), d.maxObjectives(),
                d.payReviewWorkingDays(), d.payHearingNoticeWorkingDays(), d.hltaCandidateAnswerWorkingDays(),
                d.hltaTasksBeforeVisitWorkingDays(), d.payDecisionWorkingDays(), d.defaultTaskWorkingDays(),
                d.appraisalRetentionYears(), d.concernRetentionYears(), d.hltaRetentionYears(), d.developmentRetentionYears(), d.notificationRetentionDays(), d.sentMailRetentionDays()), "kate.morgan");
        jdbc.sql("update performance_concern set remaining_issues = 'Planning' where id = ?").param(concernId).update();
        long notice = concerns.issueCapabilityNotice(concernId, "kate.morgan");
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(notice))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("at least 8 working days' notice");
        }
        long caseId = capability.open(concernId, "E1005", "kate.morgan");
        LocalDate sevenDays = calendars.forStaff("E1005").after(today, 7);
        assertThatThrownBy(() -> capability.invite(caseId, sevenDays.atTime(15, 30), "Head's office", "kate.morgan"))
                .hasMessageContaining("at least 8 working days' notice");
    }

    private Concerns.Meeting meeting(List<String> support, LocalDate reviewOn) {
        return new Concerns.Meeting(today, "Lesson plans missing for three weeks", "MODERATE", "Objective 2", support,
                "Weekly coaching with the phase leader", "Tom Bennett", "The Capability Procedure may follow", reviewOn);
    }

    private String status() {
        return jdbc.sql("select status from performance_concern where id = ?").param(concernId).query(String.class).single();
    }
}
