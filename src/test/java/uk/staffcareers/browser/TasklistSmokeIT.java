package uk.staffcareers.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.staffcareers.IntegrationTest;
import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.DemoTrust;

/**
 * The real Tasklist in headless Chromium: a new starter logs in, opens their task, sees its Camunda
 * Form with its fields, fills it in and completes it; an employee acknowledges a concern's written record;
 * a task's due date is set with Tasklist's own control. Skipped where no Chromium is installed, except
 * under CI (the CI variable set), where a missing browser fails the build.
 */
class TasklistSmokeIT extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final By TASK_LINK = By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Confirm your details']");

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;
    @Autowired
    Notifications notifications;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null && !installed) {
            throw new IllegalStateException("CI is set but Chromium or ChromeDriver is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Chromium and ChromeDriver are not installed; the browser test is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

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
        var started = as("david.marsh").postForEntity("/engine-rest/process-definition/key/performance-concern/submit-form",
                variables("staffId", "E2004", "description", "Reading logs not kept"), java.util.Map.class);
        String caseId = (String) started.getBody().get("id"); // Lucy Ward, Riverside: no other test gives her a task
        String meeting = taskFor("david.marsh", caseId, "Record the informal meeting");
        assertThat(submit("david.marsh", meeting, "meetingDate", java.time.LocalDate.now().toString(), "nature", "Logs missing",
                "seriousness", "MINOR", "supportCoaching", true, "supportDetails", "Weekly check", "supportProvider", "Omar Farouk",
                "implications", "A formal stage may follow", "reviewDate", java.time.LocalDate.now().plusWeeks(3).toString()))
                .isEqualTo(204);
        By respond = By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Comment on and acknowledge the written record']");
        try {
            login("lucy.ward");

            visible(respond).click();
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
            visible(By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']")).click();

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
     * An appraisal from launch to agreed objectives, and the revision an interim review opens, in real Tasklist as
     * each person in turn: the headteacher launches Leah Morris's year (a new teaching assistant, so no other test
     * touches it) and picks her appraiser by name from a task the list says is about her; the appraiser drafts the
     * objectives; Leah reads by when she must answer, says No without a reason (told why), then Yes, and is not
     * trapped; after an interim review that found changes, her appraiser revises them on a form that shows them as
     * they stand and gives the reason for the record.
     */
    @Test
    void anEmployeeSeesHerDeadlineAndTheAppraiserRevisesTheObjectivesInTasklist() throws Exception {
        newTeachingAssistant("E1093", "Leah", "Morris", DemoTrust.OAKFIELD, "E1003");
        LocalDate today = LocalDate.now();
        String key = AppraisalPeriod.containing(today).businessKey("E1093");
        try {
            // The headteacher launches Leah's year from Tasklist's start form, chooses her appraiser by name, and
            // the appraiser drafts the objectives: each in the form they use.
            login("helen.carter");
            startProcess("Launch the appraisal year");
            visible(By.xpath("//*[contains(@class,'modal')]//label[contains(., 'One member of staff')]")).click();
            type(By.xpath("//*[contains(@class,'modal')]//label[contains(., 'Staff number or school')]/following::input[1]"), "E1093");
            visible(By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']")).click();
            wait.until(d -> !list("admin", "/engine-rest/process-instance?businessKey=" + key).isEmpty());
            String caseId = (String) list("admin", "/engine-rest/process-instance?businessKey=" + key).get(0).get("id");

            // Back to the task list (a reload would open the start dialog again: Tasklist keeps it in the address).
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            visible(By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(., 'Leah Morris')]]//a[normalize-space()='Choose the appraiser']"))
                    .click();
            // Her line manager is proposed, by name; the headteacher could pick anyone of the school from the list.
            WebElement appraiser = visible(By.xpath("//label[starts-with(normalize-space(), 'Appraiser')]/following::input[1]"));
            wait.until(d -> "Priya Shah (teacher)".equals(appraiser.getAttribute("value")));
            screenshot("tasklist-choose-appraiser.png");
            complete();
            wait.until(d -> list("admin", "/engine-rest/task?processInstanceId=" + caseId + "&assignee=priya.shah"
                    + "&taskDefinitionKey=Task_DraftObjectives").size() == 1);

            browser.manage().deleteAllCookies();
            login("priya.shah");
            visible(By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Draft objectives']")).click();
            type(By.xpath("//label[starts-with(normalize-space(), 'Objective 1') and not(contains(., ':'))]/following::textarea[1]"),
                    "Lead a Year 2 reading group");
            type(By.xpath("//label[contains(., 'Objective 1: success criteria')]/following::textarea[1]"), "Every child reads at the expected level");
            type(By.xpath("//label[contains(., 'Objective 1: how it will be assessed')]/following::textarea[1]"), "Reading records");
            click(By.xpath("//label[contains(., 'None this year')]"));
            assertThat(browser.findElements(By.xpath("//label[normalize-space()='Objective 4']")))
                    .as("the trust allows three objectives: a fourth cannot be the development one").isEmpty();
            screenshot("tasklist-draft-objectives.png");
            complete();
            wait.until(d -> list("admin", "/engine-rest/task?processInstanceId=" + caseId + "&assignee=leah.morris").size() == 1);
            browser.manage().deleteAllCookies();

            login("leah.morris");
            visible(By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Agree objectives']")).click();
            String form = visible(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(., 'Please answer by')]")).getText();
            assertThat(form).containsPattern("Please answer by \\w+day \\d{1,2} \\w+ \\d{4}").contains("Lead a Year 2 reading group",
                    "the objectives stand as set");
            screenshot("tasklist-agree-objectives.png");
            // No, then Complete without a reason: told why; then Yes: the form must not stay stuck.
            visible(By.xpath("//label[contains(., 'No: I would like them changed')]")).click();
            complete();
            visible(By.xpath("//*[contains(., 'Say what you would change, and why')][not(*[contains(., 'Say what you would change, and why')])]"));
            screenshot("tasklist-agree-no-without-reason.png");
            visible(By.xpath("//label[contains(., 'Yes, I agree')]")).click();
            screenshot("tasklist-agree-then-yes.png");
            complete();
            wait.until(d -> list("admin", "/engine-rest/task?processInstanceId=" + caseId + "&assignee=leah.morris").isEmpty());

            assertThat(submit("priya.shah", taskFor("priya.shah", caseId, "Hold the interim review"), "interimHeldOn", today.toString(),
                    "progress1", "Slow start", "changesNeeded", "YES", "interimSummary", "The group moves to Year 3 in January")).isEqualTo(204);
            assertThat(submit("leah.morris", taskFor("leah.morris", caseId, "Comment on the interim review"), "interimEmployeeComments",
                    "Happy to move")).isEqualTo(204);

            browser.manage().deleteAllCookies();
            login("priya.shah");
            visible(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Revise the objectives after the interim review')]")).click();
            WebElement objective = visible(By.xpath("//label[starts-with(normalize-space(), 'Objective 1') and not(contains(., ':'))]"
                    + "/following::textarea[1]"));
            wait.until(d -> !objective.getAttribute("value").isEmpty());
            assertThat(objective.getAttribute("value")).as("the objective as it stands").isEqualTo("Lead a Year 2 reading group");
            objective.clear();
            objective.sendKeys("Lead a Year 3 reading group");
            type(By.xpath("//label[contains(., 'Why the objectives change')]/following::textarea[1]"), "The group moves to Year 3 in January");
            screenshot("tasklist-revise-objectives.png");
            complete();
            wait.until(d -> list("admin", "/engine-rest/task?processInstanceId=" + caseId + "&assignee=priya.shah"
                    + "&taskDefinitionKey=Task_ReviseObjectives").isEmpty());
            assertThat(taskFor("leah.morris", caseId, "Agree the revised objectives")).isNotNull();
            assertThat(get("admin", "/engine-rest/process-instance/" + caseId + "/variables/objectivesSummary").getBody())
                    .contains("Lead a Year 3 reading group");
        } catch (RuntimeException | AssertionError e) {
            screenshot("tasklist-revision-failure.png");
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

    /**
     * The self-review in real Tasklist at 1400 px: every one of the 33 standards is read whole (no label of the form
     * is cut off), as a teaching assistant starting her own candidacy sees it.
     */
    @Test
    void everyStandardOfTheSelfReviewIsReadWhole() throws Exception {
        newTeachingAssistant("E1098", "Mia", "Cole", DemoTrust.OAKFIELD, "E1003");
        assertThat(post("mia.cole", "/engine-rest/process-definition/key/hlta-journey/submit-form", variables("staffId", ""))
                .getStatusCode().value()).isEqualTo(200);
        try {
            login("mia.cole");
            visible(By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='Review yourself against the 33 standards']")).click();
            visible(By.xpath("//label[contains(., '33.')]"));
            screenshot("tasklist-self-review.png");
            @SuppressWarnings("unchecked")
            java.util.List<String> clipped = (java.util.List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field-label'))"
                    + ".filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent.trim());");
            assertThat(clipped).as("labels cut off").isEmpty();
            assertThat(browser.findElements(By.cssSelector(".fjs-container .fjs-form-field-label"))).hasSizeGreaterThan(33);
        } catch (RuntimeException | AssertionError e) {
            screenshot("tasklist-self-review-failure.png");
            throw e;
        }
    }

    /** A request from the page's own script, as a link or a form in the browser would make it: status and content type. */
    private String fetch(String method, String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[1], {method: arguments[0], credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}})"
                + ".then(r => done(r.status + ' ' + r.headers.get('content-type'))).catch(e => done('error ' + e));", method, url);
    }

    /** Chooses an option by its label where it may lie below the fold of a long form: its radio or checkbox is clicked. */
    private void click(By label) {
        WebElement element = visible(label);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " (arguments[0].control || arguments[0]).click();", element);
    }

    /**
     * Types into a field until it holds the text, then leaves it, as a person moving to the next field does:
     * form-js keeps the last keys until the field loses the focus, and may render the form again meanwhile.
     */
    private void type(By field, String text) {
        wait.until(d -> {
            WebElement input = d.findElement(field);
            if (!text.equals(input.getAttribute("value"))) {
                input.clear();
                input.sendKeys(text);
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].blur();", input);
            return text.equals(d.findElement(field).getAttribute("value"));
        });
    }

    /** Tasklist's Complete button: a long form pushes it under the page's footer, a refusal's message box over it. */
    private void complete() {
        WebElement button = visible(By.cssSelector("button[ng-click='complete()']"));
        // The field being typed in loses the focus first, as when a person clicks elsewhere: form-js keeps the last
        // keys until then. Then, enabled and in view, the button is clicked even where a message's box lies over it.
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("if (document.activeElement) { document.activeElement.blur(); }"
                + " arguments[0].scrollIntoView({block: 'center'});", button);
        wait.until(ExpectedConditions.elementToBeClickable(button));
        page.executeScript("arguments[0].click();", button);
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

    /**
     * Tasklist's Start process dialog, then the process by its name, until its start form shows: a click that lands
     * while the dialog is still opening is lost, so it is made again.
     */
    private void startProcess(String name) {
        visible(By.xpath("//a[contains(., 'Start process')]")).click();
        By process = By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='" + name + "']");
        By form = By.cssSelector(".modal .fjs-container");
        wait.until(d -> {
            if (!d.findElements(form).isEmpty() && d.findElement(form).isDisplayed()) {
                return true;
            }
            d.findElements(process).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            return false;
        });
    }

    private void login(String username) {
        login(username, PASSWORD);
    }

    private void login(String username, String password) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        // Each field until it holds its text: the sign-in page may take the focus while the first keys arrive.
        visible(By.cssSelector("input[ng-model='username']"));
        type(By.cssSelector("input[ng-model='username']"), username);
        type(By.cssSelector("input[ng-model='password']"), password);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private int taskCount(String caseId) {
        return list("kate.morgan", "/engine-rest/task?processInstanceId=" + caseId).size();
    }

    /** Kept in target/ for a person to look at: what the user saw. */
    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.err.println("Tasklist screenshot: " + target.toAbsolutePath());
    }
}
