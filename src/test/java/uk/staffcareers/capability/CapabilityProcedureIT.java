package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;

/**
 * A capability case from the concern to the appeal's outcome over REST as the demo users: each letter
 * read by the employee and refused to a colleague; the decision meeting's notice and the appeal panel's
 * independence refused with the reason.
 */
class CapabilityProcedureIT extends IntegrationTest {

    private static final String STAFF = "E1006"; // Sara Okafor, teaching assistant at Oakfield
    // A Wednesday in the autumn term: the informal review three weeks ahead and the meetings a few school days ahead all
    // fall in term time, within the year.
    private final LocalDate today = LocalDate.of(2026, 11, 4);
    @Autowired
    private SchoolCalendars calendars;

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
    }

    @Test
    void aConcernGoesThroughWarningsToDismissalAndAnAppealHeardByAPanelNotInvolved() throws Exception {
        String concern = raiseAndFindInsufficient();
        assertThat(submit("kate.morgan", taskFor("kate.morgan", concern, "Open the capability case"), "caseOpened", true)).isEqualTo(204);
        String capability = (String) list("kate.morgan", "/engine-rest/process-instance?superProcessInstance=" + concern).get(0).get("id");
        assertThat(submit("kate.morgan", taskFor("kate.morgan", capability, "Invite to a formal capability meeting"),
                meetingOn(6, "Head's office"))).isEqualTo(204);
        meetingDay(capability, "Event_MeetingDay");

        assertThat(submit("kate.morgan", taskFor("kate.morgan", capability, "Record the formal meeting"), "targets",
                "Deliver the phonics intervention three times a week", "support", "Weekly coaching with Tom Bennett",
                "companion", "Jo Smith (UNISON)", "meetingNotes", "", "monitoringWeeks", 6)).isEqualTo(204);
        assertThat(letter("CAPABILITY_FIRST_WARNING")).contains("First written warning", "phonics intervention",
                "Weekly coaching with Tom Bennett", "Jo Smith (UNISON)", "Monitoring period ends on");

        runJob(capability, "Event_MonitoringEnded");
        assertThat(submit("kate.morgan", taskFor("kate.morgan", capability, "Hold the formal review meeting"),
                "formalOutcome", "NOT_IMPROVED", "finalWarningWeeks", 4)).isEqualTo(204);
        assertThat(letter("CAPABILITY_FINAL_WARNING")).contains("Final written warning", "decision meeting",
                "dismissal with notice");

        runJob(capability, "Event_MonitoringEnded");
        assertThat(submit("kate.morgan", taskFor("kate.morgan", capability, "Hold the formal review meeting"),
                "formalOutcome", "NOT_IMPROVED")).isEqualTo(204);
        String invite = taskFor("kate.morgan", capability, "Invite to a decision meeting");
        ResponseEntity<String> tooSoon = post("kate.morgan", "/engine-rest/task/" + invite + "/submit-form",
                variables(meetingOn(3, "Trust office")));
        assertThat(tooSoon.getStatusCode().value()).isEqualTo(400);
        assertThat(tooSoon.getBody()).contains("decision meeting must be on a working day with at least 5 working days' notice");
        assertThat(submit("kate.morgan", invite, meetingOn(7, "Trust office"))).isEqualTo(204);
        assertThat(letter("CAPABILITY_DECISION_INVITATION")).contains("Invitation to a capability decision meeting",
                "Trust office", "dismissed with notice", "trade union representative");

        // Sara's companion cannot come: she moves the decision meeting once, within the notice after the date.
        String meeting = meetingOf(capability);
        assertThat(get("sara.okafor", "/engine-rest/process-instance/" + meeting).getStatusCode().value()).isEqualTo(200);
        assertThat(get("amy.hughes", "/engine-rest/process-instance/" + meeting).getStatusCode().value()).as("a colleague")
                .isIn(403, 404);
        String move = taskFor("sara.okafor", meeting, "Ask to move your meeting if you or your companion cannot attend");
        LocalDate decisionDay = calendars.forStaff(STAFF).after(today, 7);
        ResponseEntity<String> tooLate = post("sara.okafor", "/engine-rest/task/" + move + "/submit-form", variables(
                "meetingDate", calendars.forStaff(STAFF).after(decisionDay, 6).toString(), "meetingTime", "10:00",
                "moveReason", "My companion is away"));
        assertThat(tooLate.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLate.getBody()).contains("no later than " + WorkingDays.spoken(calendars.forStaff(STAFF).after(decisionDay, 5)));
        assertThat(submit("sara.okafor", move, "meetingDate", calendars.forStaff(STAFF).after(decisionDay, 2).toString(),
                "meetingTime", "11:30", "moveReason", "My companion is away on a course")).isEqualTo(204);
        assertThat(letter("CAPABILITY_MEETING_MOVED")).contains("Your decision meeting has been moved at your request", "11:30",
                "My companion is away on a course");
        assertThat(list("sara.okafor", "/engine-rest/task?processInstanceId=" + meeting)).as("moved once only").isEmpty();
        meetingDay(capability, "Event_MovedMeetingDay");
        assertThat(submit("kate.morgan", taskFor("kate.morgan", capability, "Record the decision meeting"), "decision", "DISMISSAL",
                "noticeWeeks", 8, "decisionReasons", "The intervention targets were not met", "decisionCompanion",
                "Jo Smith (UNISON)")).isEqualTo(204);
        assertThat(letter("CAPABILITY_DECISION")).contains("dismissal with notice", "You are dismissed with 8 weeks' notice",
                "Last day of employment", "Appeal in writing by", "not involved in the procedure before");

        String appeal = taskFor("sara.okafor", capability, "Appeal against dismissal if you wish");
        assertThat(submit("amy.hughes", appeal, "appealGrounds", "Not mine")).as("a colleague").isIn(403, 404);
        assertThat(submit("sara.okafor", appeal, "appealGrounds", "The coaching was cancelled twice")).isEqualTo(204);

        String arrange = taskFor("kate.morgan", capability, "Arrange the appeal hearing");
        ResponseEntity<String> involved = post("kate.morgan", "/engine-rest/task/" + arrange + "/submit-form", variables(
                panel("john.ashworth, helen.carter")));
        assertThat(involved.getStatusCode().value()).isEqualTo(400);
        assertThat(involved.getBody()).contains("not involved before: Helen Carter raised the performance concern");
        ResponseEntity<String> hr = post("kate.morgan", "/engine-rest/task/" + arrange + "/submit-form", variables(panel("kate.morgan")));
        assertThat(hr.getBody()).contains("Kate Morgan invited to the decision meeting");
        assertThat(submit("kate.morgan", arrange, panel("john.ashworth, margaret.lowe"))).isEqualTo(204);
        assertThat(letter("CAPABILITY_APPEAL_INVITATION")).contains("Invitation to the hearing of your appeal", "John Ashworth");

        meetingDay(capability, "Event_MeetingDay");
        assertThat(submit("kate.morgan", taskFor("kate.morgan", capability, "Record the appeal panel's outcome"),
                "appealOutcome", "NOT_UPHELD", "appealReasons", "The coaching was rearranged within the week")).isEqualTo(204);
        assertThat(letter("CAPABILITY_APPEAL_OUTCOME")).contains("Your appeal is not upheld", "rearranged within the week");
        assertThat(get("kate.morgan", "/engine-rest/history/process-instance/" + capability).getBody())
                .contains("\"state\":\"COMPLETED\"");
    }

    /** The meeting's day comes (the timer in the capability-meeting process the case waits in). */
    private void meetingDay(String capability, String timer) {
        runJob(meetingOf(capability), timer);
    }

    private String meetingOf(String capability) {
        return (String) list("admin", "/engine-rest/process-instance?superProcessInstance=" + capability).get(0).get("id");
    }

    /** The latest letter of this kind: the employee reads it; a colleague at her school is told it does not exist. */
    private String letter(String kind) throws Exception {
        Map<String, Object> document = list("sara.okafor", "/api/staff/" + STAFF + "/documents").stream()
                .filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
        long id = ((Number) document.get("id")).longValue();
        assertThat(get("amy.hughes", "/api/documents/" + id).getStatusCode().value()).as(kind + " to a colleague").isEqualTo(404);
        return pdf("sara.okafor", id);
    }

    private String raiseAndFindInsufficient() {
        ResponseEntity<Map> started = as("helen.carter").postForEntity(
                "/engine-rest/process-definition/key/performance-concern/submit-form",
                variables("staffId", STAFF, "description", "Phonics interventions not delivered"), Map.class);
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String concern = (String) started.getBody().get("id");
        assertThat(submit("helen.carter", taskFor("helen.carter", concern, "Record the informal meeting"), "meetingDate",
                today.toString(), "nature", "Interventions missed", "seriousness", "SERIOUS", "linkedTo", "Objective 1",
                "supportCoaching", true, "supportMentoring", false, "supportTraining", false, "supportObservingBestPractice", false,
                "supportDetails", "Weekly coaching", "supportProvider", "Tom Bennett", "implications",
                "The Capability Procedure may follow", "reviewDate", today.plusWeeks(3).toString())).isEqualTo(204);
        for (String activity : List.of("Event_ReviewReminderDue", "Task_RemindReviewer", "Event_ReviewDateReached")) {
            runJob(concern, activity);
        }
        assertThat(submit("helen.carter", taskFor("helen.carter", concern, "Review progress"), "reviewOutcome", "INSUFFICIENT",
                "remainingIssues", "Interventions")).isEqualTo(204);
        return concern;
    }

    private Object[] meetingOn(int workingDaysAhead, String place) {
        return new Object[] {"meetingDate", calendars.forStaff(STAFF).after(today, workingDaysAhead).toString(), "meetingTime", "10:00",
                "meetingPlace", place};
    }

    private Object[] panel(String usernames) {
        return new Object[] {"appealPanel", usernames, "meetingDate", calendars.forStaff(STAFF).after(today, 6).toString(),
                "meetingTime", "14:00", "meetingPlace", "Trust office"};
    }
}
