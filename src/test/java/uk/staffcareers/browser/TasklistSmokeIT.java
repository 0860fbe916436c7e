package uk.staffcareers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.DemoTrust;

/**
 * The real Tasklist in headless Chromium: a new starter logs in, opens their task, sees its Camunda
 * Form with its fields, fills it in and completes it; an employee opens a concern's written record from her form and
 * acknowledges it;
 * a task's due date is set with Tasklist's own control. Skipped where no Chromium is installed, except
 * under CI (the CI variable set), where a missing browser fails the build.
 */
class TasklistSmokeIT extends TasklistBrowserTest {

    private static final By TASK_LINK = By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Confirm your details']");
    // The concern's day, a Wednesday in the autumn term: its review three weeks ahead is within the policy's weeks of support.
    private static final LocalDate CONCERN_DAY = LocalDate.of(2026, 11, 4);

    @Autowired
    Documents documents;
    @Autowired
    Notifications notifications;

    @Test
    void aNewStarterCompletesTheirTaskInTasklist() throws Exception {
        String caseId = startConfirmation("E1006"); // Sara Okafor: no other test gives her a task
        try {
            login("sara.okafor");

            visible(TASK_LINK).click();
            // The Camunda Form, rendered by Tasklist's form-js with the case's own values.
            visible(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(., 'Please check your staff record')]"));
            assertThat(visible(By.cssSelector(".fjs-container")).getText()).contains("Sara Okafor", "Oakfield Primary School", "Experienced 1",
                    "Is your record correct?");
            screenshot("tasklist-form.png");
            visible(By.xpath("//label[contains(., 'Yes, my record is correct')]")).click();
            visible(By.cssSelector("button[ng-click='complete()']")).click();

            wait.until(d -> taskCount(caseId) == 0);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(TASK_LINK));
            assertThat(get("kate.morgan", "/engine-rest/history/process-instance/" + caseId).getBody())
                    .contains("\"state\":\"COMPLETED\"");
        } catch (RuntimeException | AssertionError e) {
            screenshot("tasklist-smoke-failure.png");
            throw e;
        }
    }

    /**
     * A form with a text area and a checkbox, submitted through Tasklist's own API, passes the check that a
     * form submits only its own fields: the fields Tasklist sends are exactly the form's.
     */
    @Test
    void anEmployeeAcknowledgesTheWrittenRecordOfAConcernInTasklist() throws Exception {
        moveClockTo(CONCERN_DAY);
        var started = as("david.marsh").postForEntity("/engine-rest/process-definition/key/performance-concern/submit-form",
                variables("staffId", "E2004", "description", "Reading logs not kept"), java.util.Map.class);
        String caseId = (String) started.getBody().get("id"); // Lucy Ward, Riverside: no other test gives her a task
        String meeting = taskFor("david.marsh", caseId, "Record the informal meeting");
        assertThat(submit("david.marsh", meeting, "meetingDate", CONCERN_DAY.toString(), "nature", "Logs missing",
                "seriousness", "MINOR", "supportCoaching", true, "supportDetails", "Weekly check", "supportProvider", "Omar Farouk",
                "implications", "A formal stage may follow", "reviewDate", CONCERN_DAY.plusWeeks(3).toString()))
                .isEqualTo(204);
        By respond = By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Comment on and acknowledge the written record']");
        try {
            login("lucy.ward");

            visible(respond).click();
            // The written record opens from the form's link in a new tab, with the Tasklist session: no second login.
            WebElement record = visible(By.partialLinkText("open the written record (PDF)"));
            String tasklistTab = browser.getWindowHandle();
            record.click();
            wait.until(d -> d.getWindowHandles().size() == 2);
            assertThat(browser.getWindowHandle()).as("Tasklist stays where it was").isEqualTo(tasklistTab);
            assertThat(fetch("GET", record.getAttribute("href"))).isEqualTo("200 application/pdf");
            visible(By.cssSelector(".fjs-container textarea")).sendKeys("The logs were kept on paper while the system was down.");
            visible(By.xpath("//label[contains(., 'I have received the written record of the meeting')]")).click();
            screenshot("tasklist-concern-response.png");
            visible(By.cssSelector("button[ng-click='complete()']")).click();

            wait.until(d -> list("admin", "/engine-rest/task?processInstanceId=" + caseId + "&assignee=lucy.ward").isEmpty());
            assertThat(get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + caseId
                    + "&variableName=employeeComments").getBody()).contains("kept on paper while the system was down");
        } catch (RuntimeException | AssertionError e) {
            screenshot("tasklist-concern-failure.png");
            throw e;
        }
    }

    /**
     * The wrong person in Tasklist: a teaching assistant starts a performance concern about a colleague and is
     * told plainly who may raise one, with no engine detail; nothing is started.
     */
    @Test
    void aTeachingAssistantWhoStartsAConcernInTasklistIsToldWhoMayRaiseOne() throws Exception {
        int before = list("admin", "/engine-rest/process-instance?processDefinitionKey=performance-concern").size();
        try {
            login("jo.pritchard");

            startProcess("Performance concern");
            visible(By.cssSelector(".modal .fjs-container input[type='text']")).sendKeys("E1005");
            visible(By.cssSelector(".modal .fjs-container textarea")).sendKeys("Late to lessons");
            visible(START_IN_DIALOG).click();

            WebElement refusal = visible(By.xpath("//*[contains(., 'A concern is raised by the employee')]"
                    + "[not(*[contains(., 'A concern is raised by the employee')])]"));
            screenshot("tasklist-concern-refused.png");
            assertThat(refusal.getText()).doesNotContain("Cannot instantiate", "ENGINE-", "performance-concern:");
            assertThat(list("admin", "/engine-rest/process-instance?processDefinitionKey=performance-concern")).hasSize(before);
        } catch (RuntimeException | AssertionError e) {
            screenshot("tasklist-concern-refused-failure.png");
            throw e;
        }
    }

    /**
     * Signed in to Tasklist, a member of staff opens "My documents and notifications" from Tasklist's header:
     * her report opens with the Tasklist session, without a second login; the same session cannot change
     * anything through the API (that still needs the password).
     */
    @Test
    void aMemberOfStaffReadsHerDocumentsAndNotificationsFromTasklistWithoutASecondLogin() throws Exception {
        newTeachingAssistant("E1097", "Zoe", "Hart", DemoTrust.OAKFIELD, "E1003");
        String caseRef = "APPRAISAL-2026/27-E1097";
        long report = documents.issue("APPRAISAL_REPORT", "E1097", caseRef, new DocumentContent("Appraisal report 2026/27",
                "Zoe Hart", java.util.List.of()), "priya.shah");
        notifications.send("zoe.hart", "Your appraisal report is ready", "Priya Shah has written your report.", caseRef);
        try {
            login("zoe.hart");
            visible(By.linkText("My documents and notifications"));
            assertThat(browser.findElements(By.linkText("Staff directory"))).as("not for a teaching assistant").isEmpty();
            String tasklist = browser.getWindowHandle();
            visible(By.linkText("My documents and notifications")).click();
            wait.until(d -> d.getWindowHandles().size() == 2);
            browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().orElseThrow());
            visible(By.xpath("//*[@id='who'][contains(., 'Signed in as Zoe Hart')]"));
            WebElement link = visible(By.xpath("//ul[@id='documents']//a[contains(., 'Appraisal report 2026/27')]"));
            assertThat(visible(By.id("notifications")).getText()).contains("Your appraisal report is ready", "Priya Shah has written your report.");
            screenshot("my-documents.png");
            assertThat(link.getAttribute("href")).endsWith("/api/documents/" + report);
            assertThat(fetch("GET", link.getAttribute("href"))).as("the report, with the Tasklist session").isEqualTo("200 application/pdf");
            assertThat(fetch("POST", "/api/appraisals/launch")).as("no change without the password").startsWith("401");
        } catch (RuntimeException | AssertionError e) {
            screenshot("my-documents-failure.png");
            throw e;
        }
    }

    /**
     * Issue 17: HR, signed in to Tasklist, opens the upload page, uploads a staff file with a wrong date and sees the
     * error's line, column and reason, nothing changed; uploads it corrected, sees one new person and applies the preview.
     * The page's POSTs carry the Tasklist session's CSRF token.
     */
    @Test
    void hrUploadsTheStaffFileSeesItsErrorsThenAppliesThePreview() throws Exception {
        String header = "Staff number,Forenames,Surname,Work email,School,Role,Contract type,Start date,Line manager";
        Path wrong = Files.createTempFile("staff", ".csv");
        Files.writeString(wrong, header + "\nE1098,Uma,Quinn,uma.quinn@lt2.example.org,oakfield,Teacher,Permanent,31/02/2025,E1001\n");
        Path right = Files.createTempFile("staff", ".csv");
        Files.writeString(right, header + "\nE1098,Uma,Quinn,uma.quinn@lt2.example.org,oakfield,Teacher,Permanent,28/02/2025,E1001\n");
        try {
            login("kate.morgan");
            // The upload page opens from Tasklist's header, where HR (and headteachers) find it.
            String tasklistTab = browser.getWindowHandle();
            visible(By.linkText("Staff directory")).click();
            wait.until(d -> d.getWindowHandles().size() == 2);
            browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(tasklistTab)).findFirst().orElseThrow());
            visible(By.xpath("//*[@id='who'][contains(., 'Signed in as Kate Morgan')]"));
            browser.findElement(By.cssSelector("#upload input[name='staff']")).sendKeys(wrong.toString());
            browser.findElement(By.cssSelector("#upload button[type='submit']")).click();
            WebElement error = visible(By.cssSelector("#errors tbody tr"));
            assertThat(error.getText()).contains("staff", "2", "Start date", "\"31/02/2025\" is not a date");
            assertThat(browser.findElement(By.id("apply")).isDisplayed()).isFalse();
            screenshot("directory-errors.png");

            browser.findElement(By.cssSelector("#upload input[name='staff']")).sendKeys(right.toString());
            browser.findElement(By.cssSelector("#upload button[type='submit']")).click();
            visible(By.id("apply"));
            assertThat(browser.findElement(By.id("count-new")).getText()).isEqualTo("1");
            assertThat(browser.findElement(By.id("rows")).getText()).contains("E1098", "Uma Quinn", "new");
            browser.findElement(By.id("apply")).click();
            visible(By.xpath("//*[@id='message'][starts-with(., 'Applied')]"));
            screenshot("directory-applied.png");
            assertThat(get("kate.morgan", "/api/staff/E1098").getStatusCode().value()).isEqualTo(200);
        } catch (RuntimeException | AssertionError e) {
            screenshot("directory-failure.png");
            throw e;
        }
    }

    /**
     * Issue 16, items 7 and 8, in real Tasklist: a member of staff sees no "migrate to Camunda 8" banner; when she tries
     * the bell (Set due date) on her task she is told plainly that only an administrator changes it, and nothing changes;
     * the administrator sets a new due date with the same control on the same task, which has a Camunda Form, and it is
     * saved. Ravi Mehta is a new teaching assistant, so no other test sees his task.
     */
    @Test
    void theAdministratorSetsADueDateWithTheBellAndStaffSeeNoCamunda8Banner() throws Exception {
        newTeachingAssistant("E1172", "Ravi", "Mehta", DemoTrust.OAKFIELD, "E1003");
        String caseId = startConfirmation("E1172");
        String taskId = taskOf(caseId);
        String dueBefore = due(caseId);
        LocalDate newDue = LocalDate.parse(dueBefore.substring(0, 10)).plusMonths(1).withDayOfMonth(15);
        try {
            login("ravi.mehta");
            visible(TASK_LINK).click();
            visible(By.cssSelector(".fjs-container"));
            WebElement banner = browser.findElement(By.cssSelector(".ce-eol-banner"));
            assertThat(banner.isDisplayed()).as("Camunda's 'It is time to migrate to Camunda 8' banner").isFalse();
            setDueDateWithTheBell();
            WebElement refusal = visible(By.xpath("//*[contains(., 'only an administrator changes them')]"
                    + "[not(*[contains(., 'only an administrator changes them')])]"));
            screenshot("tasklist-due-date-refused.png");
            assertThat(refusal.getText()).doesNotContain("CamundaFormRef", "TASK_ASSIGN");
            assertThat(due(caseId)).as("nothing changed").isEqualTo(dueBefore);

            browser.manage().deleteAllCookies();
            login("admin", "admin");
            visible(By.xpath("//a[contains(., 'Start process')]"));
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            visible(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(., 'Please check your staff record')]"));
            setDueDateWithTheBell();
            wait.until(d -> due(caseId).startsWith(newDue.toString()));
            screenshot("tasklist-due-date-set.png");
        } catch (RuntimeException | AssertionError e) {
            screenshot("tasklist-due-date-failure.png");
            throw e;
        }
    }

    /** The bell in the task's header: the 15th of the month after the current due date, at the same time, confirmed with the tick. */
    private void setDueDateWithTheBell() {
        visible(By.cssSelector(".due-date .glyphicon-bell")).click();
        visible(By.cssSelector(".cam-widget-inline-field .uib-daypicker button.uib-right")).click();
        visible(By.xpath("//*[contains(@class,'uib-daypicker')]//button[span[normalize-space()='15' and not(contains(@class,'text-muted'))]]"))
                .click();
        visible(By.xpath("//*[contains(@class,'cam-widget-inline-field')]//button[.//*[contains(@class,'glyphicon-ok')]]")).click();
    }

    private String due(String caseId) {
        return String.valueOf(list("admin", "/engine-rest/task?processInstanceId=" + caseId).get(0).get("due"));
    }

    private int taskCount(String caseId) {
        return list("kate.morgan", "/engine-rest/task?processInstanceId=" + caseId).size();
    }

}
