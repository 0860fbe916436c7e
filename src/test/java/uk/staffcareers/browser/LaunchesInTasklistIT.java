package uk.staffcareers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

import uk.staffcareers.appraisal.LaunchTestTrust;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.StaffDirectory;

/**
 * Issue 19, item 3, in real Tasklist: a headteacher launches her school's year from the start form, opens Launches from
 * Tasklist's header and watches the cases start: first still to start, then finished, with the one case that could not
 * start named (her own: the test trust has no CEO to appraise her). The page refreshes itself.
 */
class LaunchesInTasklistIT extends TasklistBrowserTest {

    @Autowired
    StaffDirectory directory;
    @Autowired
    IdentitySync identities;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void launchesInTheRequestAgain() {
        ReflectionTestUtils.setField(context.getBean("launchRunner"), "background", false);
    }

    @Test
    void aHeadteacherLaunchesHerSchoolAndWatchesItsCasesStart() throws Exception {
        LaunchTestTrust.school(directory, identities, "launch-second", "Second Test Academy", "E3104", "leo.ashdown",
                List.of("E3105", "E3106", "E3107"));
        Object runner = context.getBean("launchRunner");
        ReflectionTestUtils.setField(runner, "background", true);
        CountDownLatch busy = new CountDownLatch(1);
        ((ExecutorService) ReflectionTestUtils.getField(runner, "coordinator")).execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            login("leo.ashdown");
            startProcess("Launch the appraisal year");
            visible(By.xpath("//*[contains(@class,'modal')]//label[contains(., 'Everyone in a school')]")).click();
            type(By.xpath("//*[contains(@class,'modal')]//label[contains(., 'Staff number or school')]/following::input[1]"),
                    "Second Test Academy");
            startFromDialog();

            // The header's links stand side by side, on one line (they stood one under another).
            int documentsLine = visible(By.linkText("My documents and notifications")).getLocation().getY();
            assertThat(visible(By.linkText("Staff directory")).getLocation().getY()).isEqualTo(documentsLine);
            assertThat(visible(By.linkText("Launches")).getLocation().getY()).isEqualTo(documentsLine);
            screenshot("tasklist-header-headteacher.png");
            String tasklistTab = browser.getWindowHandle();
            visible(By.linkText("Launches")).click();
            wait.until(d -> d.getWindowHandles().size() == 2);
            browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(tasklistTab)).findFirst().orElseThrow());
            visible(By.xpath("//li[contains(@class,'launch')]//h2[contains(., 'for Second Test Academy')]"));
            assertThat(visible(By.cssSelector(".launch .status-RUNNING")).getText()).isEqualTo("Starting cases: 4 still to start");
            screenshot("launches-running.png");

            busy.countDown();
            assertThat(visible(By.cssSelector(".launch .status-FINISHED")).getText()).isEqualTo("Finished");
            assertThat(browser.findElement(By.cssSelector(".launch .figures")).getText())
                    .isEqualTo("3 case(s) started, 0 already existed, 0 left out, 1 could not start, of 4 in scope.");
            browser.findElement(By.xpath("//details/summary[starts-with(., 'Could not start')]")).click();
            assertThat(browser.findElement(By.cssSelector(".launch details")).getText())
                    .contains("Leo Ashdown (E3104): could not start: ");
            screenshot("launches-finished.png");
        } catch (RuntimeException | AssertionError e) {
            screenshot("launches-failure.png");
            throw e;
        } finally {
            busy.countDown();
        }
    }
}
