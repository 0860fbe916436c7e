package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import uk.staffcareers.FixedClock;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.ServiceSliceTest;
import uk.staffcareers.documents.IssuedDocuments;
import uk.staffcareers.notifications.NotificationsWithoutMail;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.DemoTrust;
import uk.staffcareers.standards.CareerStageExpectations;

/**
 * The two stages of a pay appeal on the real tables: only the decider reviews; the hearing needs the trust's
 * notice and a panel of people not involved before, and a refusal names each one who was, and how.
 */
@ServiceSliceTest
@Import({PayAppeal.class, AppraisalParties.class, Appraisals.class, PolicySettings.class, SchoolCalendars.class,
        CareerStageExpectations.class, IssuedDocuments.class, NotificationsWithoutMail.class})
class PayAppealTest {

    private static final String CASE = "APPRAISAL-2042/43-E2005";

    @Autowired
    PayAppeal payAppeal;
    @Autowired
    AppraisalParties parties;
    @Autowired
    SchoolCalendars calendars;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPanelMemberInvolvedBeforeIsRefusedByNameAndTheHearingNeedsNotice() {
        long id = appealedAppraisal();
        LocalDate today = FixedClock.TODAY;
        assertThatThrownBy(() -> payAppeal.recordReview(id, today, null, "NOT_UPHELD", "Budget", "omar.farouk", CASE))
                .as("the appraiser did not decide").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> payAppeal.recordReview(id, today.plusDays(1), null, "NOT_UPHELD", "Budget", "david.marsh", CASE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be between the appeal");
        assertThat(payAppeal.recordReview(id, today, "E2008", "NOT_UPHELD", "The budget allows no progression", "david.marsh", CASE))
                .isPresent();
        assertThat(payAppeal.requestHearing(id, "HEARING", "The report recommends progression")).isTrue();

        LocalDate earliest = calendars.forTrust(DemoTrust.TRUST).after(today, 5);
        assertThatThrownBy(() -> payAppeal.invite(id, earliest, "15:30", "Room 4", "E2003, E2001, E2008, E2002", "kate.morgan", CASE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The panel must be people not involved before: Omar Farouk (the appraiser); "
                        + "David Marsh (decided the pay and held the review); Paul Young (present at the review)");
        assertThat(jdbc.sql("select count(*) from appraisal_appeal_person where appraisal_id = ? and part = 'PANEL'").param(id)
                .query(Integer.class).single()).as("a refusal changes nothing").isZero();
        assertThatThrownBy(() -> payAppeal.invite(id, today, "15:30", "Room 4", "E2002", "kate.morgan", CASE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("5 working days' notice: the earliest date is " + WorkingDays.spoken(earliest));
        assertThatThrownBy(() -> payAppeal.invite(id, earliest, "15:30", "Room 4", "E9999", "kate.morgan", CASE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No member of staff has the number 'E9999'");

        PayAppeal.Hearing hearing = payAppeal.invite(id, earliest, "15:30", "Room 4", "E2002, E2006", "kate.morgan", CASE);
        assertThat(hearing.panel()).isEqualTo("Rachel Green, Chris Dunn");
        assertThat(parties.of(CASE)).as("the panel reads the report and letters").contains("rachel.green", "chris.dunn", "paul.young");
        assertThatThrownBy(() -> payAppeal.recordHearing(id, "NONE", null, "UPHELD", "Progression", "kate.morgan", CASE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after the hearing on " + WorkingDays.spoken(earliest));
    }

    private long appealedAppraisal() {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appraisal (staff_id, period_label, period_start, period_end, launched_by, launched_at, appraiser,
                  pay_decision, pay_decided_by, appealed_at, appeal_grounds, status)
                values ('E2005', '2042/43', ?, ?, 'kate.morgan', ?, 'omar.farouk', 'NO_PROGRESSION', 'david.marsh', ?, 'Unfair', 'APPEAL')""")
                .params(LocalDate.of(2042, 9, 1), LocalDate.of(2043, 8, 31), FixedClock.TODAY.atTime(9, 0), FixedClock.TODAY.atTime(9, 0))
                .update(key, "id");
        return key.getKey().longValue();
    }
}
