package uk.staffcareers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import uk.staffcareers.staff.DemoTrust;

/**
 * An HLTA candidacy in real Tasklist, as each person in turn, from the start to the registration task: the candidate
 * starts her own candidacy without typing her number and reviews herself against the 33 standards (an empty Complete
 * brings the missing answer into view); the headteacher holds the readiness discussion and confirms the school's
 * commitment; the candidate books her preparation days, typed as dates are written in England; the engine's clock
 * moves to the first preparation day and the candidate finds her registration task. Ella Shaw is a teaching
 * assistant of this test's own, so no other test touches her case.
 */
class HltaInTasklistIT extends TasklistBrowserTest {

    // A Monday in term, and the preparation days a week apart.
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    private static final List<LocalDate> PREPARATION_DAYS = List.of(TODAY.plusWeeks(1), TODAY.plusWeeks(2), TODAY.plusWeeks(3));
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aCandidateGoesFromHerOwnStartToTheRegistrationTask() throws Exception {
        newTeachingAssistant("E1174", "Ella", "Shaw", DemoTrust.OAKFIELD, "E1003");
        moveClockTo(TODAY);
        try {
            login("ella.shaw");
            startProcess("HLTA candidacy");
            screenshot("hlta-1-start.png");
            startFromDialog();
            wait.until(d -> !list("admin", "/engine-rest/process-instance?businessKey=HLTA-E1174-1").isEmpty());
            String caseId = (String) list("admin", "/engine-rest/process-instance?businessKey=HLTA-E1174-1").get(0).get("id");

            browser.get(tasklist());
            openTask("Review yourself against the 33 standards", "Ella Shaw");
            assertThat(clippedLabels()).as("labels cut off").isEmpty();
            // Complete at the foot of the 33 standards, with nothing filled in: the missing answer comes into view.
            complete();
            wait.until(d -> firstErrorInView());
            screenshot("hlta-2-self-review-missing-answer.png");
            choose("I have taken a whole class without a teacher present");
            type(field("Examples of taking the whole class"), "Year 4 every Friday afternoon during PPA");
            for (String standard : List.of("1. Have high expectations", "8. Understand the key factors", "17. Use their area(s)")) {
                choose(standard);
            }
            screenshot("hlta-3-self-review.png");
            complete();
            wait.until(d -> tasks(caseId, "helen.carter").contains("Hold the readiness discussion"));

            login("helen.carter");
            openTask("Hold the readiness discussion", "Ella Shaw");
            assertThat(visible(By.cssSelector(".fjs-container")).getText()).as("the rule's finding in words")
                    .contains("The readiness rule finds the candidate not yet ready").doesNotContain("NOT_YET");
            choose("Ready: go forward to preparation and assessment");
            choose("I have seen evidence of level 2 English/literacy and maths/numeracy");
            type(field("Reason"), "She has led Year 4 every Friday for a year");
            screenshot("hlta-4-readiness-discussion.png");
            complete();
            wait.until(d -> tasks(caseId, "helen.carter").contains("Confirm the school's commitment"));
            browser.get(tasklist());
            openTask("Confirm the school's commitment", "Ella Shaw");
            choose("The candidate is released to attend every preparation day");
            type(field("Staff who will support the candidate"), "Priya Shah, her class teacher");
            type(field("Local-authority contact: name"), "Sam Lee");
            type(field("Local-authority contact: email"), "sam.lee@la.example.gov.uk");
            screenshot("hlta-5-school-commitment.png");
            complete();
            wait.until(d -> tasks(caseId, "ella.shaw").contains("Book the preparation days"));

            login("ella.shaw");
            openTask("Book the preparation days", "Ella Shaw");
            type(field("Provider of preparation"), "North West PoP");
            for (int day = 1; day <= PREPARATION_DAYS.size(); day++) {
                type(field("Preparation day " + day), PREPARATION_DAYS.get(day - 1).format(TYPED));
            }
            screenshot("hlta-6-preparation-days.png");
            complete();
            wait.until(d -> tasks(caseId, "ella.shaw").isEmpty());
            assertThat(get("admin", "/engine-rest/process-instance/" + caseId + "/variables/preparationDay1").getBody())
                    .as("18/01/2027 typed in a UK browser is 18 January").contains(PREPARATION_DAYS.get(0).toString());

            // The first preparation day comes: the timer fires as the job executor would run it.
            moveClockTo(PREPARATION_DAYS.get(0));
            runJob(caseId, "Event_PreparationDay1");
            browser.get(tasklist());
            openTask("Register for assessment", "Ella Shaw");
            assertThat(visible(By.cssSelector(".fjs-container")).getText()).contains("Registration reference");
            screenshot("hlta-7-register.png");
        } catch (RuntimeException | AssertionError e) {
            screenshot("hlta-failure.png");
            throw e;
        }
    }

    /** The first field with a message lies within the window, with the cursor in it. */
    private boolean firstErrorInView() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const f = document.querySelector('.fjs-container .fjs-has-errors'); if (!f) { return false; }"
                + " const r = f.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && f.contains(document.activeElement);"));
    }

    private List<Object> tasks(String caseId, String user) {
        return list(user, "/engine-rest/task?processInstanceId=" + caseId).stream().map((Map<String, Object> t) -> t.get("name")).toList();
    }
}
