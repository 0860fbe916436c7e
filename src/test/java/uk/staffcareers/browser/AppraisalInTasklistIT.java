package uk.staffcareers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.staffcareers.appraisal.AppraisalPeriod;
import uk.staffcareers.staff.DemoTrust;

/** The appraisal year in real Tasklist, as each person in turn. */
class AppraisalInTasklistIT extends TasklistBrowserTest {

    // A Wednesday in the autumn term: the interim review held today is within the year Leah's case was launched for.
    private final LocalDate today = LocalDate.of(2026, 11, 4);

    @BeforeEach
    void fixTheDay() {
        moveClockTo(today);
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
        String key = AppraisalPeriod.containing(today).businessKey("E1093");
        try {
            // The headteacher launches Leah's year from Tasklist's start form, chooses her appraiser by name, and
            // the appraiser drafts the objectives: each in the form they use.
            login("helen.carter");
            startProcess("Launch the appraisal year");
            visible(By.xpath("//*[contains(@class,'modal')]//label[contains(., 'One member of staff')]")).click();
            type(By.xpath("//*[contains(@class,'modal')]//label[contains(., 'Staff number or school')]/following::input[1]"), "E1093");
            startFromDialog();
            wait.until(d -> !list("admin", "/engine-rest/process-instance?businessKey=" + key).isEmpty());
            String caseId = (String) list("admin", "/engine-rest/process-instance?businessKey=" + key).get(0).get("id");

            // Back to the task list (a reload would open the start dialog again: Tasklist keeps it in the address).
            browser.get(tasklist());
            visible(By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(., 'Leah Morris')]]//a[normalize-space()='Choose the appraiser']"))
                    .click();
            // Her line manager is proposed, by name; the headteacher could pick anyone of the school from the list.
            WebElement appraiser = visible(By.xpath("//label[starts-with(normalize-space(), 'Appraiser')]/following::input[1]"));
            wait.until(d -> "Priya Shah (teacher)".equals(appraiser.getAttribute("value")));
            assertThat(visible(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(., 'runs from')]")).getText())
                    .as("the year's days and whom it proposes, worked out as the form opens")
                    .containsPattern("runs from \\w+day \\d{1,2} September \\d{4} to \\w+day \\d{1,2} \\w+ \\d{4}")
                    .contains("Their line manager, Priya Shah, is proposed");
            screenshot("tasklist-choose-appraiser.png");
            complete();
            wait.until(d -> list("admin", "/engine-rest/task?processInstanceId=" + caseId + "&assignee=priya.shah"
                    + "&taskDefinitionKey=Task_DraftObjectives").size() == 1);

            login("priya.shah");
            visible(By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(., 'Leah Morris')]]//a[normalize-space()='Draft objectives']"))
                    .click();
            assertThat(visible(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(., 'Expectations at')]")).getText())
                    .as("the guidance and the deadline, worked out as the form opens").contains("Expectations at")
                    .containsPattern("due to be agreed by \\w+day \\d{1,2} \\w+ \\d{4}");
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
}
