package uk.staffcareers.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.WorkingDays;

/**
 * Mail through a real SMTP server in the test (GreenMail), as the application sends it: what each person finds in their
 * mailbox after the REST calls Tasklist makes. The application has no mail server in the tests (no spring.mail.host, so
 * the shared context stays as it is); each test hands the outbox's sender a server, GreenMail's or one that is down.
 * The mail jobs (reminders, digests) run when the test calls them.
 */
class MailIT extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String LA_CONTACT = "sam.lee@council.example.gov.uk";
    private static final List<String> ALL_STANDARDS = IntStream.rangeClosed(1, 33).mapToObj(String::valueOf).toList();

    @Autowired
    private OutboxSender sender;
    @Autowired
    private Reminders reminders;
    @Autowired
    private Digests digests;

    /**
     * Chris Dunn's HLTA candidacy: the headteacher is mailed the readiness discussion; Chris his registration, with its
     * due date and link, and a reminder before it is due, once; no visit is booked and the local-authority contact,
     * whom only mail reaches, is told.
     */
    @Test
    void assignmentReminderAndTheLocalAuthorityContactsEscalation() throws Exception {
        LocalDate monday = LocalDate.of(2027, 1, 11);
        moveClockTo(monday);
        String caseId = startCandidacy("chris.dunn", "E2006");
        assertThat(submit("chris.dunn", taskFor("chris.dunn", caseId, "Review yourself against the 33 standards"),
                "wholeClassOpportunities", true, "wholeClassExamples", "Year 5 every Thursday afternoon during PPA",
                "confidentAttributes", ALL_STANDARDS.subList(0, 7), "confidentKnowledge", ALL_STANDARDS.subList(7, 16),
                "confidentSkills", ALL_STANDARDS.subList(16, 33))).isEqualTo(204);
        deliverAll();
        // His own step gave him the self-review: he is in Tasklist already, and is not mailed about it.
        assertThat(subjectsTo("chris.dunn@lt2.example.org")).doesNotContain("New task: Review yourself against the 33 standards");
        String discussion = taskFor("david.marsh", caseId, "Hold the readiness discussion");
        assertThat(only("david.marsh@lt2.example.org", "New task: Hold the readiness discussion", "For: Chris Dunn"))
                .contains("Dear David", "Task: Hold the readiness discussion",
                        "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + discussion);

        assertThat(submit("david.marsh", discussion, "readinessDecision", "READY"))
                .isEqualTo(204);
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Confirm the school's commitment"), "releaseConfirmed", true,
                "supportingStaff", "The class teacher", "laContactName", "Sam Lee", "laContactEmail", LA_CONTACT)).isEqualTo(204);
        LocalDate day1 = monday.plusWeeks(1);
        LocalDate day2 = monday.plusWeeks(2);
        assertThat(submit("chris.dunn", taskFor("chris.dunn", caseId, "Book the preparation days"), "providerOfPreparation",
                "North West PoP", "preparationDay1", day1.toString(), "preparationDay2", day2.toString(),
                "preparationDay3", monday.plusWeeks(3).toString())).isEqualTo(204);

        // Preparation day 1: registration opens, due on day 2.
        moveClockTo(day1);
        runJob(caseId, "Event_PreparationDay1");
        String register = taskFor("chris.dunn", caseId, "Register for assessment");
        deliverAll();
        assertThat(only("chris.dunn@lt2.example.org", "New task: Register for assessment", register)).contains("Dear Chris",
                "You have a new task in Staff careers.", "Task: Register for assessment", "For: Chris Dunn", "Due: Monday 25 January 2027",
                "Open it in Tasklist: http://localhost:8080/camunda/app/tasklist/default/#/?task=" + register);

        // Reminded within two working days (the trust's reviewReminderWorkingDays) of the due date: not on Monday the 18th.
        reminders.remindTasksFallingDue();
        deliverAll();
        assertThat(subjectsTo("chris.dunn@lt2.example.org")).noneMatch(s -> s.startsWith("Reminder:"));
        // On Friday the 22nd, if he wants reminders; once.
        moveClockTo(LocalDate.of(2027, 1, 22));
        assertThat(put("chris.dunn", "/api/staff/me/mail-preferences", Map.of("reminders", false, "digests", true)))
                .containsEntry("reminders", false);
        reminders.remindTasksFallingDue();
        deliverAll();
        assertThat(subjectsTo("chris.dunn@lt2.example.org")).noneMatch(s -> s.startsWith("Reminder:"));
        put("chris.dunn", "/api/staff/me/mail-preferences", Map.of("reminders", true, "digests", true));
        reminders.remindTasksFallingDue();
        reminders.remindTasksFallingDue();
        deliverAll();
        assertThat(only("chris.dunn@lt2.example.org", "Reminder: Register for assessment is due on Monday 25 January 2027", register))
                .contains("A task of yours in Staff careers is due soon.", "Due: Monday 25 January 2027", "?task=" + register,
                        "turn reminders off");

        // Registered on day 2; no visit is booked in time: the local-authority contact is mailed.
        moveClockTo(day2);
        assertThat(post("prime.consortium", "/api/hlta/candidacies/HLTA-E2006-1/registration", Map.of("registeredOn", day2.toString(),
                "registrationReference", "PC-2027-0101", "assessmentProvider", "The Prime Consortium",
                "providerContact", "Assessment team, 0161 000 0000")).getStatusCode().value()).isEqualTo(200);
        runJob(caseId, "Event_VisitNotBooked");
        deliverAll();
        assertThat(only(LA_CONTACT, "HLTA visit not booked: Chris Dunn", "Chris Dunn"))
                .contains("No assessment visit is booked yet for Chris Dunn (Riverside Academy)", "find a date", "Please do not reply");
        assertThat(subjectsTo("paul.young@lt2.example.org")).contains("HLTA visit not booked: Chris Dunn");
    }

    /** Omar Farouk's overdue confirmation in the headteacher's weekly digest, if he wants it; once a week. */
    @Test
    void theHeadteachersWeeklyDigestOfOverdueTasks() throws Exception {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        moveClockTo(monday);
        String caseId = startConfirmation("E2003"); // Omar Farouk, Riverside
        String due = (String) list("kate.morgan", "/engine-rest/task?processInstanceId=" + caseId).get(0).get("due");
        String dueDay = WorkingDays.spoken(LocalDate.parse(due.substring(0, 10)));

        moveClockTo(monday.plusWeeks(3));
        put("david.marsh", "/api/staff/me/mail-preferences", Map.of("reminders", true, "digests", false));
        digests.sendDigests();
        deliverAll();
        assertThat(subjectsTo("david.marsh@lt2.example.org")).noneMatch(s -> s.startsWith("Overdue tasks at"));

        // Both answers or nothing changes.
        ResponseEntity<String> half = as("david.marsh").exchange("/api/staff/me/mail-preferences", HttpMethod.PUT,
                new HttpEntity<>(Map.of("digests", true)), String.class);
        assertThat(half.getStatusCode().value()).isEqualTo(400);
        assertThat(half.getBody()).contains("Say whether you want reminders");
        assertThat(as("david.marsh").getForObject("/api/staff/me/mail-preferences", Map.class)).containsEntry("digests", false);
        assertThat(put("david.marsh", "/api/staff/me/mail-preferences", Map.of("reminders", true, "digests", true)))
                .containsEntry("digests", true);
        assertThat(as("david.marsh").getForObject("/api/staff/me/mail-preferences", Map.class)).containsEntry("digests", true);
        digests.sendDigests();
        digests.sendDigests();
        deliverAll();
        List<Received> digest = received().stream().filter(m -> m.to().contains("david.marsh@lt2.example.org")
                && m.subject().startsWith("Overdue tasks at Riverside Academy: ")).toList();
        assertThat(digest).as("one digest a week").hasSize(1);
        assertThat(digest.get(0).body()).contains("Dear David",
                "These open tasks at Riverside Academy are past their due date (Monday 22 March 2027)",
                "- Confirm your details (Omar Farouk): with Omar Farouk, due " + dueDay, "Overdue tasks in my school",
                "turn this weekly digest off");
        assertThat(subjectsTo("helen.carter@lt2.example.org")).as("another school's headteacher")
                .noneMatch(s -> s.contains("Riverside"));
    }

    /** A performance concern about Rachel Green: her task's mail and the reviewer's reminder say only that there is one. */
    @Test
    void aConfidentialCasesMailSaysOnlyThatThereIsAConfidentialTask() throws Exception {
        // A Wednesday in the autumn term: the meeting today and the review three weeks on are school days of one year.
        LocalDate today = LocalDate.of(2026, 11, 4);
        moveClockTo(today);
        ResponseEntity<Map> raised = as("david.marsh").postForEntity("/engine-rest/process-definition/key/performance-concern/submit-form",
                variables("staffId", "E2002", "description", "Marking not returned for five weeks"), Map.class);
        assertThat(raised.getStatusCode().value()).isEqualTo(200);
        String caseId = (String) raised.getBody().get("id");
        assertThat(submit("david.marsh", taskFor("david.marsh", caseId, "Record the informal meeting"),
                "meetingDate", today.toString(), "nature", "Marking has not been returned", "seriousness", "MODERATE",
                "linkedTo", "Objective 1", "supportCoaching", true, "supportMentoring", false, "supportTraining", false,
                "supportObservingBestPractice", false, "supportDetails", "Weekly coaching", "supportProvider", "Omar Farouk",
                "implications", "The Capability Procedure may follow", "reviewDate", today.plusWeeks(3).toString())).isEqualTo(204);
        runJob(caseId, "Event_ReviewReminderDue");
        runJob(caseId, "Task_RemindReviewer");
        deliverAll();

        assertThat(only("rachel.green@lt2.example.org", "Staff careers: a confidential task", "Open Tasklist"))
                .contains("You have a confidential task in Staff careers. Open Tasklist to see it.",
                        "http://localhost:8080/camunda/app/tasklist/");
        // Whatever else Rachel is mailed about (other tests' cases), nothing names the concern.
        assertThat(subjectsTo("rachel.green@lt2.example.org")).contains("Staff careers: a confidential task")
                .noneMatch(s -> s.contains("Marking") || s.contains("concern") || s.contains("informal meeting"));
        assertThat(subjectsTo("david.marsh@lt2.example.org")).contains("Staff careers: a confidential message")
                .noneMatch(s -> s.contains("Rachel"));
        String caseRef = (String) as("kate.morgan").getForObject("/engine-rest/process-instance/" + caseId, Map.class).get("businessKey");
        List<Map<String, Object>> outbox = list("kate.morgan", "/api/mail/outbox?limit=200").stream()
                .filter(m -> caseRef.equals(m.get("caseRef"))).toList();
        assertThat(outbox).extracting(m -> m.get("recipient") + " " + m.get("kind")).contains(
                "rachel.green@lt2.example.org ASSIGNMENT", "david.marsh@lt2.example.org ALERT");
        for (Map<String, Object> mail : outbox) {
            assertThat(mail.get("subject") + " " + mail.get("body")).doesNotContain("Rachel", "Green", "Marking", "Comment on",
                    "Progress review", "concern", "capability", "?task=");
        }
        // In the application itself the reviewer reads the whole reminder.
        assertThat(list("david.marsh", "/api/notifications")).extracting(n -> n.get("subject"))
                .anySatisfy(s -> assertThat((String) s).startsWith("Progress review of Rachel Green"));
    }

    /**
     * The mail server is down: the step that writes the mail goes through, each try is counted and waits longer, nothing
     * is lost; when the server is back the mail arrives once. Without a server the person reads it in the outbox.
     */
    @Test
    void aMailServerThatIsDownDelaysMailButLosesNone() throws Exception {
        LocalDateTime start = LocalDateTime.of(2027, 4, 12, 9, 0);
        ClockUtil.setCurrentTime(Date.from(start.atZone(SchoolTime.ZONE).toInstant()));
        deliverAll();
        JavaMailSenderImpl down = server(closedPort());

        startConfirmation("E1009"); // Emma Price, Oakfield: the step succeeds with the server down
        assertThat(sender.sendDue(down)).isZero();
        Map<String, Object> waiting = confirmMail();
        assertThat(waiting).containsEntry("attempts", 1).containsEntry("sentAt", null).containsEntry("kind", "ASSIGNMENT")
                .containsEntry("nextAttemptAt", start.plusMinutes(1).toString() + ":00");
        assertThat((String) waiting.get("lastError")).isNotBlank();
        assertThat((String) waiting.get("body")).contains("Task: Confirm your details");

        assertThat(sender.sendDue(down)).as("not due again yet").isZero();
        assertThat(confirmMail()).containsEntry("attempts", 1);
        ClockUtil.setCurrentTime(Date.from(start.plusMinutes(1).atZone(SchoolTime.ZONE).toInstant()));
        assertThat(sender.sendDue(down)).isZero();
        assertThat(confirmMail()).containsEntry("attempts", 2).containsEntry("nextAttemptAt", start.plusMinutes(6).toString() + ":00");
        assertThat(subjectsTo("emma.price@lt2.example.org")).doesNotContain("New task: Confirm your details");

        // The server is back: at the next try the mail goes, once.
        ClockUtil.setCurrentTime(Date.from(start.plusMinutes(6).atZone(SchoolTime.ZONE).toInstant()));
        deliverAll();
        deliverAll();
        assertThat(only("emma.price@lt2.example.org", "New task: Confirm your details", "Dear Emma"))
                .contains("Task: Confirm your details");
        Map<String, Object> sent = confirmMail();
        assertThat(sent).containsEntry("attempts", 3).containsEntry("nextAttemptAt", null).containsEntry("lastError", null);
        assertThat((String) sent.get("sentAt")).startsWith(start.plusMinutes(6).toString());

        // The whole outbox is for the central team and administrators.
        assertThat(get("emma.price", "/api/mail/outbox").getStatusCode().value()).isEqualTo(403);
        assertThat(list("kate.morgan", "/api/mail/outbox?limit=500")).extracting(m -> m.get("recipient"))
                .contains("emma.price@lt2.example.org");
        assertThat(list("admin", "/api/mail/outbox?limit=5")).hasSizeLessThanOrEqualTo(5);
    }

    /** Emma's latest mail about confirming her details, as she reads it in her outbox. */
    private Map<String, Object> confirmMail() {
        return list("emma.price", "/api/mail/outbox/mine").stream()
                .filter(m -> "New task: Confirm your details".equals(m.get("subject"))).findFirst().orElseThrow();
    }

    private String startCandidacy(String user, String staffId) {
        ResponseEntity<Map> started = as(user).postForEntity("/engine-rest/process-definition/key/hlta-journey/submit-form",
                variables("staffId", staffId), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        return (String) started.getBody().get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> put(String user, String path, Object body) {
        ResponseEntity<Map> answer = as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    /** Sends everything due through GreenMail, as the scheduled sender would with a mail server set. */
    private void deliverAll() {
        JavaMailSenderImpl up = server(SMTP.getSmtp().getPort());
        while (sender.sendDue(up) > 0) {
            // again, until nothing due is left
        }
    }

    private static JavaMailSenderImpl server(int port) {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        server.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return server;
    }

    /** A port nothing listens on: the mail server is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A mail as it arrived: to whom, its subject and its text. */
    private record Received(String to, String subject, String body) {
    }

    private static List<Received> received() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(MailIT::received).toList();
    }

    private static Received received(MimeMessage message) {
        try {
            return new Received(Arrays.toString(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                    message.getContent().toString().replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjectsTo(String address) {
        return received().stream().filter(m -> m.to().contains(address)).map(Received::subject).toList();
    }

    /** The one mail to this address with this subject that mentions this (other tests' mail may be in the outbox too). */
    private static String only(String address, String subject, String mentioning) {
        List<Received> found = received().stream().filter(m -> m.to().contains(address) && m.subject().equals(subject)
                && m.body().contains(mentioning)).toList();
        assertThat(found).as(subject + " to " + address).hasSize(1);
        return found.get(0).body();
    }
}
