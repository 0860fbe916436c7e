package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.FixedClock;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.ServiceSliceTest;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.notifications.NotificationsWithoutMail;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.standards.CareerStageExpectations;

/**
 * Appointing another appraiser and extending a period, on the appraisal's record: who may, what is refused
 * (changing nothing), what is kept. The case's side is AppraisalYearChangesIT's. Appraisals here are in a
 * year no case runs in, rolled back after each test.
 */
@ServiceSliceTest
@Import({AppraiserChanges.class, PeriodExtensions.class, Appraisals.class, AppraisalCases.class, PolicySettings.class,
        SchoolCalendars.class, CareerStageExpectations.class, NotificationsWithoutMail.class})
class AppraisalYearChangesTest {

    private static final String JO = "APPRAISAL-2099/00-E1007";

    @Autowired
    AppraiserChanges appraisers;
    @Autowired
    PeriodExtensions extensions;
    @Autowired
    Appraisals appraisals;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheHeadteacherAppointsAnotherAppraiserOnceOneWasChosenAndForAReason() {
        long id = appraisal("E1007", null);
        String unknown = refusal(() -> appraisers.appoint("APPRAISAL-2099/00-E9999", "E1003", "Left", "david.marsh"));
        assertThatThrownBy(() -> appraisers.appoint(JO, "E1003", "Left", "david.marsh")).as("another school's headteacher")
                .isInstanceOf(CaseStateException.class).hasMessage(unknown.replace("E9999", "E1007"));
        assertThat(((CaseStateException) catchRefusal(() -> appraisers.appoint(JO, "E1003", "Left", "david.marsh"))).unknown()).isTrue();
        assertThatThrownBy(() -> appraisers.appoint(JO, "E1003", "Left", "helen.carter")).as("nobody chosen yet")
                .isInstanceOf(CaseStateException.class).hasMessageContaining("choose the appraiser first");

        jdbc.sql("update appraisal set appraiser = 'tom.bennett' where id = ?").param(id).update();
        for (String other : new String[] {"tom.bennett", "jo.pritchard", "kate.morgan", "sarah.whitfield"}) {
            assertThatThrownBy(() -> appraisers.appoint(JO, "E1003", "Left", other)).as(other).isInstanceOf(NotAllowedException.class)
                    .hasMessage("Only Helen Carter, who oversees Jo Pritchard's appraisal, can appoint another appraiser");
        }
        assertThatThrownBy(() -> appraisers.appoint(JO, "E2003", "Left", "helen.carter")).isInstanceOf(InvalidInputException.class)
                .hasMessage("No one with the staff number 'E2003' works at Oakfield Primary School or in the trust's central team");
        assertThatThrownBy(() -> appraisers.appoint(JO, "E1007", "Left", "helen.carter")).hasMessage("Jo Pritchard cannot appraise themselves");
        assertThatThrownBy(() -> appraisers.appoint(JO, "E1002", "Left", "helen.carter")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Tom Bennett is already Jo Pritchard's appraiser");
        assertThatThrownBy(() -> appraisers.appoint(JO, " ", "Left", "helen.carter")).hasMessage("Give the appraiser's staff number");
        assertThatThrownBy(() -> appraisers.appoint(JO, "E1003", " ", "helen.carter")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Give the reason");
        assertThat(appraisals.appraiserOf(id)).as("nothing changed").isEqualTo("tom.bennett");
        assertThat(changes(id)).isZero();

        int priyasNotices = notifications.of("priya.shah").size();
        var change = appraisers.appoint(JO, "E1003", "Tom Bennett has left the school", "helen.carter");
        assertThat(change.from()).isEqualTo("tom.bennett");
        assertThat(change.to().username()).isEqualTo("priya.shah");
        assertThat(appraisals.appraiserOf(id)).isEqualTo("priya.shah");
        assertThat(jdbc.sql("select concat(from_appraiser, '>', to_appraiser, ': ', reason, ' by ', changed_by) from appraisal_appraiser_change "
                + "where appraisal_id = ?").param(id).query(String.class).single())
                .isEqualTo("tom.bennett>priya.shah: Tom Bennett has left the school by helen.carter");
        assertThat(notifications.of("priya.shah")).hasSize(priyasNotices + 1).first()
                .satisfies(n -> assertThat(n.subject() + " " + n.body()).contains("You now appraise Jo Pritchard",
                        "Helen Carter has appointed you", "in place of Tom Bennett").doesNotContain("left the school"));
        assertThat(notifications.of("jo.pritchard").get(0).subject()).isEqualTo("Your appraiser is now Priya Shah");
    }

    @Test
    void aHeadteachersOrTheCeosAppraisersAreTheTrustsOfficersAndChangeInTheDirectory() {
        appraisal("E1001", "sarah.whitfield");
        appraisal("T0001", "john.ashworth");
        for (String[] attempt : new String[][] {{"APPRAISAL-2099/00-E1001", "helen.carter"}, {"APPRAISAL-2099/00-E1001", "john.ashworth"},
                {"APPRAISAL-2099/00-T0001", "kate.morgan"}}) {
            assertThatThrownBy(() -> appraisers.appoint(attempt[0], "T0004", "Absent", attempt[1])).as(attempt[1])
                    .isInstanceOf(CaseStateException.class)
                    .hasMessageContaining("appraised by the trust's officers").hasMessageContaining("changed in the staff directory");
        }
    }

    @Test
    void theHeadteacherExtendsThePeriodAfterItsEndByAtMostAYearKeepingTheOriginalEnd() {
        long id = appraisal("E1007", "tom.bennett");
        LocalDate end = LocalDate.of(2100, 8, 31);
        assertThatThrownBy(() -> extensions.extend(JO, "2100-12-17", "Maternity leave", "tom.bennett")).isInstanceOf(NotAllowedException.class)
                .hasMessage("Only Helen Carter, who oversees Jo Pritchard's appraisal, can extend the appraisal period");
        assertThatThrownBy(() -> extensions.extend(JO, "2100-12-17", "Maternity leave", "david.marsh")).isInstanceOf(CaseStateException.class);
        assertThatThrownBy(() -> extensions.extend(JO, "2100-08-31", "Maternity leave", "helen.carter")).isInstanceOf(InvalidInputException.class)
                .hasMessage("The new end of the period (newPeriodEnd) Tuesday 31 August 2100 must be after its current end, Tuesday 31 August 2100");
        assertThatThrownBy(() -> extensions.extend(JO, "2101-09-01", "Maternity leave", "helen.carter")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 12 months at a time").hasMessageContaining("is after Wednesday 31 August 2101");
        assertThatThrownBy(() -> extensions.extend(JO, "17/12/2100", "Maternity leave", "helen.carter")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a date like 2027-12-17");
        assertThatThrownBy(() -> extensions.extend(JO, null, "Maternity leave", "helen.carter")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extensions.extend(JO, "2100-12-17", "", "helen.carter")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Give the reason");
        assertThat(appraisals.periodOf(id).end()).as("nothing changed").isEqualTo(end);

        var extended = extensions.extend(JO, "2101-08-31", "Maternity leave", "helen.carter");
        assertThat(extended.oldEnd()).isEqualTo(end);
        assertThat(appraisals.periodOf(id).end()).isEqualTo(LocalDate.of(2101, 8, 31));
        assertThat(notifications.of("jo.pritchard").get(0).subject()).isEqualTo("Your appraisal period now ends on Wednesday 31 August 2101");
        assertThat(notifications.of("tom.bennett").get(0).body()).contains("Helen Carter has extended Jo Pritchard's appraisal period",
                "from Tuesday 31 August 2100 to Wednesday 31 August 2101").doesNotContain("Maternity");
        extensions.extend(JO, "2101-10-01", "Back later than planned", "helen.carter");
        assertThat(jdbc.sql("select concat(original_period_end, ' ', period_end, ' ', period_extension_reason, ' ', period_extended_by) "
                + "from appraisal where id = ?").param(id).query(String.class).single())
                .isEqualTo("2100-08-31 2101-10-01 Maternity leave | Back later than planned helen.carter");
    }

    @Test
    void theDraftGuidanceSaysWhoWorksPartTime() {
        assertThat(appraisals.guidance(appraisal("E1004", "tom.bennett"), "CAREER_STAGE")).contains("Expectations at Core 2",
                "**Amy Hughes works 0.6 of full time (3 days a week)**: objectives and their success criteria should be proportionate "
                        + "to the hours worked.");
        assertThat(appraisals.guidance(appraisal("E1007", "tom.bennett"), "CAREER_STAGE")).doesNotContain("of full time");
    }

    private long appraisal(String staffId, String appraiser) {
        jdbc.sql("insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at, appraiser, status) "
                + "values (?, '2099/00', ?, ?, 'helen.carter', ?, ?, ?)")
                .params(staffId, LocalDate.of(2099, 9, 1), LocalDate.of(2100, 8, 31), FixedClock.TODAY.atTime(9, 0), appraiser,
                        appraiser == null ? "APPRAISER" : "IN_YEAR").update();
        return jdbc.sql("select id from appraisal where staff_id = ? and period_label = '2099/00'").param(staffId).query(Long.class).single();
    }

    private int changes(long id) {
        return jdbc.sql("select count(*) from appraisal_appraiser_change where appraisal_id = ?").param(id).query(Integer.class).single();
    }

    private static String refusal(Runnable attempt) {
        return catchRefusal(attempt).getMessage();
    }

    private static RuntimeException catchRefusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
