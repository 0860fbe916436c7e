package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.staffcareers.FixedClock;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.ServiceSliceTest;
import uk.staffcareers.notifications.NotificationsWithoutMail;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.LineManagerChanged;
import uk.staffcareers.staff.StaffDirectory;

/**
 * When a line-manager change asks the headteacher about the appraiser, and what an answer may be, on the appraisal's
 * record; the case's side is AppraiserProposalIT's. Appraisals here are in a year no case runs in, rolled back after each test.
 */
@ServiceSliceTest
@Import({AppraiserProposals.class, AppraiserChanges.class, AppraisalCases.class, NotificationsWithoutMail.class})
class AppraiserProposalsTest {

    private static final String JO = "APPRAISAL-2099/00-E1007";

    @Autowired
    AppraiserProposals proposals;
    @Autowired
    AppraisalCases cases;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void proposedWhenTheOldLineManagerAppraisesOrTheHeadteacherHoldsItSinceAMove() {
        appraisal("E1007", "tom.bennett");

        var proposal = proposals.consider(jo(), change("E1007", "E1002", "E1003"), false).orElseThrow();
        assertThat(proposal.proposed().username()).isEqualTo("priya.shah");
        assertThat(proposal.headteacher().username()).isEqualTo("helen.carter");
        assertThat(proposal.currentAppraiserName()).isEqualTo("Tom Bennett");
        assertThat(proposal.lineManagerBefore()).isEqualTo("before: Tom Bennett");

        assertThat(proposals.consider(jo(), change("E1007", "E1003", "E1009"), false)).as("the appraiser was not the line manager").isEmpty();
        assertThat(proposals.consider(jo(), change("E1007", "E1003", "E1009"), true)).as("but replaces an open proposal").isPresent();
        assertThat(proposals.consider(jo(), change("E1007", "E1003", "E1002"), false)).as("the new one appraises already").isEmpty();
        assertThat(proposals.consider(jo(), change("E1007", "E1002", "E2002"), false)).as("another school's teacher").isEmpty();
        assertThat(proposals.consider(jo(), change("E1007", "E1002", null), false)).as("no line manager now").isEmpty();

        long id = cases.find(JO).orElseThrow().id();
        jdbc.sql("insert into appraisal_appraiser_change (appraisal_id, from_appraiser, to_appraiser, reason, changed_by, changed_at, cause) "
                + "values (?, 'rachel.green', 'tom.bennett', 'Moved', 'kate.morgan', ?, 'MOVED')").params(id, FixedClock.TODAY.atTime(9, 0)).update();
        assertThat(proposals.consider(jo(), change("E1007", "E2002", "E1003"), false)).as("held since a move").isPresent();
    }

    @Test
    void neverForAHeadteachersAppraisalWhoseAppraisersAreTheTrustsOfficers() {
        appraisal("E1001", "sarah.whitfield");

        assertThat(proposals.consider(cases.find("APPRAISAL-2099/00-E1001").orElseThrow(), change("E1001", "T0001", "T0004"), true))
                .isEmpty();
    }

    @Test
    void onlyTheHeadteacherAnswersNoNeedsAReasonAndAYesTheAppraisalHasOutrunIsWithdrawn() {
        appraisal("E1007", "tom.bennett");
        long yes = proposals.consider(jo(), change("E1007", "E1002", "E1003"), false).orElseThrow().id();

        for (Actor other : new Actor[] {Actor.user("tom.bennett"), Actor.user("priya.shah"), Actor.user("kate.morgan"), Actor.APPLICATION}) {
            assertThatThrownBy(() -> proposals.accept(yes, other)).as(other.name()).isInstanceOf(NotAllowedException.class)
                    .hasMessage("Only Helen Carter, who oversees Jo Pritchard's appraisal, answers this proposal");
        }
        assertThatThrownBy(() -> proposals.decline(yes, " ", Actor.user("helen.carter"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say why the current appraiser stays");
        assertThat(outcome(yes)).as("nothing changed").isEqualTo("null null null");

        jdbc.sql("update appraisal set appraiser = 'mark.ellis' where staff_id = 'E1007' and period_label = '2099/00'").update();
        assertThatThrownBy(() -> proposals.accept(yes, Actor.user("helen.carter"))).isInstanceOf(AppraiserProposals.NoLongerApplies.class)
                .hasMessage("the appraiser has changed meanwhile");
        assertThat(outcome(yes)).isEqualTo("WITHDRAWN helen.carter No longer applies: the appraiser has changed meanwhile");
    }

    private AppraisalCases.Case jo() {
        return cases.find(JO).orElseThrow();
    }

    private LineManagerChanged change(String staffId, String from, String to) {
        return new LineManagerChanged(directory.get(staffId), from, to, "kate.morgan");
    }

    private String outcome(long proposalId) {
        return jdbc.sql("select outcome, decided_by, reason from appraiser_proposal where id = ?").param(proposalId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).single();
    }

    private void appraisal(String staffId, String appraiser) {
        jdbc.sql("insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at, appraiser, status) "
                + "values (?, '2099/00', ?, ?, 'helen.carter', ?, ?, 'IN_YEAR')")
                .params(staffId, LocalDate.of(2099, 9, 1), LocalDate.of(2100, 8, 31), FixedClock.TODAY.atTime(9, 0), appraiser).update();
    }
}
