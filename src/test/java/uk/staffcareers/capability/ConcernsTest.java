package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.policy.WorkingDays;

/** Bad input at each step of a concern and of the capability case: refused with a message, nothing changed. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ConcernsTest {

    @Autowired
    Concerns concerns;
    @Autowired
    CapabilityCases capability;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();
    private long concernId;

    @BeforeEach
    void aConcernRaisedByTheLineManager() {
        concernId = concerns.raise("E1005", "Planning not done", "priya.shah", null).concernId();
    }

    @Test
    void onlyTheLineManagerHeadteacherHrOrAppraiserRaisesAConcern() {
        assertThatThrownBy(() -> concerns.raise("E1005", "Planning", "tom.bennett", null))
                .hasMessageContaining("raised by their appraiser, their line manager, their headteacher or HR");
        assertThatThrownBy(() -> concerns.raise("E1005", "Planning", "david.marsh", null)).as("another school's headteacher")
                .hasMessageContaining("raised by their appraiser");
        assertThatThrownBy(() -> concerns.raise("E1005", " ", "helen.carter", null)).hasMessageContaining("Describe the concern");
        assertThat(concerns.raise("E1005", "Planning", "helen.carter", null).hrAdviser()).isEqualTo("kate.morgan");
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
    void onlyTheReviewerReviewsAndTheSupportIsExtendedOnlyOnce() {
        concerns.recordMeeting(concernId, meeting(List.of("MENTORING"), today.plusWeeks(2)), "priya.shah");
        assertThatThrownBy(() -> concerns.review(concernId, Concerns.Outcome.SUFFICIENT, null, null, "helen.carter"))
                .hasMessageContaining("Only priya.shah, who reviews this concern, can record the review");
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
        LocalDate tooSoon = WorkingDays.after(today, 4);
        assertThatThrownBy(() -> capability.invite(caseId, tooSoon.atTime(15, 30), "Head's office", "kate.morgan"))
                .hasMessageContaining("at least 5 working days' notice");
        LocalDateTime inTime = WorkingDays.after(today, 5).atTime(15, 30);
        assertThat(capability.invite(caseId, inTime, "Head's office", "kate.morgan")).isEqualTo(inTime);
        assertThatThrownBy(() -> capability.recordMeeting(caseId, " ", null, null, "kate.morgan")).hasMessageContaining("targets");
        assertThat(capability.recordMeeting(caseId, "Weekly plans to the phase leader", null, null, "kate.morgan"))
                .isEqualTo(today.plusWeeks(6));
    }

    private Concerns.Meeting meeting(List<String> support, LocalDate reviewOn) {
        return new Concerns.Meeting(today, "Lesson plans missing for three weeks", "MODERATE", "Objective 2", support,
                "Weekly coaching with the phase leader", "Tom Bennett", "The Capability Procedure may follow", reviewOn);
    }

    private String status() {
        return jdbc.sql("select status from performance_concern where id = ?").param(concernId).query(String.class).single();
    }
}
