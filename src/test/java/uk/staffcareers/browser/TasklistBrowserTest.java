package uk.staffcareers.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.staffcareers.IntegrationTest;

/**
 * Base of the tests that use the real Tasklist in headless Chromium (English, UK), as people do: sign in, open a
 * task, type, tick, complete; and Cockpit, where headteachers and the central team sign in the same way. Skipped where no Chromium is installed, except under CI (the CI variable set), where a
 * missing browser fails the build. Each step's screenshot is kept in target/ for a person to look at.
 */
abstract class TasklistBrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The Start button of Tasklist's start dialog. */
    static final By START_IN_DIALOG = By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

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
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB"));
        // Tasklist shows dates in the browser's time zone: the schools' own.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(java.util.Map.of("TZ", "Europe/London")).usingAnyFreePort().build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        // The language's date order: headless Chromium ignores --lang for Intl, which form-js reads typed dates with.
        chromium.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", "en-GB"));
        browser = chromium;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    void login(String username) {
        login(username, PASSWORD);
    }

    String cockpit() {
        return "http://localhost:" + port + "/camunda/app/cockpit/default/";
    }

    /** Signs in to Cockpit (headteachers and the central team) and waits for its dashboard. */
    void loginToCockpit(String username) {
        signIn(cockpit(), username, PASSWORD);
        visible(By.xpath("//a[normalize-space()='Processes']"));
    }

    void login(String username, String password) {
        signIn(tasklist(), username, password);
        visible(By.xpath("//a[contains(., 'Start process')]"));
    }

    /** The webapps' sign-in page at this address, filled in and sent. */
    private void signIn(String app, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(app);
        // Each field until it holds its text: the sign-in page may take the focus while the first keys arrive.
        visible(By.cssSelector("input[ng-model='username']"));
        type(By.cssSelector("input[ng-model='username']"), username);
        type(By.cssSelector("input[ng-model='password']"), password);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** The task of this name in the list, in the row that names the person it is about. */
    void openTask(String name, String about) {
        By task = By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(., \"" + about + "\")]]//a[normalize-space()=\"" + name + "\"]");
        try {
            visible(task).click();
        } catch (TimeoutException e) {
            throw new AssertionError("No task \"" + name + "\" about " + about + " at " + browser.getCurrentUrl()
                    + "; the page shows: " + browser.findElement(By.tagName("body")).getText(), e);
        }
        visible(By.cssSelector(".fjs-container .fjs-form-field"));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The form's input under the label that starts with these words. */
    static By field(String label) {
        return By.xpath("//label[starts-with(normalize-space(), \"" + label + "\")]/following::*[self::input or self::textarea][1]");
    }

    /** Chooses an option by its label where it may lie below the fold of a long form: its radio or checkbox is clicked. */
    void click(By label) {
        WebElement element = visible(label);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " (arguments[0].control || arguments[0]).click();", element);
    }

    /** The option or tick box whose label contains these words. */
    void choose(String label) {
        click(By.xpath("//*[contains(@class,'fjs-container')]//label[contains(normalize-space(), \"" + label + "\")]"));
    }

    /**
     * Types into a field until it holds the text, then leaves it, as a person moving to the next field does:
     * form-js keeps the last keys until the field loses the focus, and may render the form again meanwhile.
     */
    void type(By field, String text) {
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
    void complete() {
        WebElement button = visible(By.cssSelector("button[ng-click='complete()']"));
        // The field being typed in loses the focus first, as when a person clicks elsewhere: form-js keeps the last
        // keys until then. Then, enabled and in view, the button is clicked even where a message's box lies over it.
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("if (document.activeElement) { document.activeElement.blur(); }"
                + " arguments[0].scrollIntoView({block: 'center'});", button);
        wait.until(ExpectedConditions.elementToBeClickable(button));
        page.executeScript("arguments[0].click();", button);
    }

    /**
     * Tasklist's Start process dialog, then the process by its name, until its start form shows: a click that lands
     * while the dialog is still opening is lost, so it is made again.
     */
    void startProcess(String name) {
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

    /**
     * Start, in the start dialog of a process whose start succeeds: the dialog closes, as a person sees it go before
     * they click elsewhere (while it fades it takes the clicks meant for the header).
     */
    void startFromDialog() {
        visible(START_IN_DIALOG).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[uib-modal-window]")));
    }

    /** The labels of the form that are cut off: form-js 1.8.7 keeps a label on one line and hides what does not fit. */
    @SuppressWarnings("unchecked")
    List<String> clippedLabels() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field-label'))"
                + ".filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent.trim());");
    }

    /** A request from the page's own script, as a link or a form in the browser would make it: status and content type. */
    String fetch(String method, String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[1], {method: arguments[0], credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}})"
                + ".then(r => done(r.status + ' ' + r.headers.get('content-type'))).catch(e => done('error ' + e));", method, url);
    }

    /** Kept in target/ for a person to look at: what the user saw. */
    void screenshot(String name) throws Exception {
        screenshot("tasklist", name);
    }

    /** The same, in target/{folder}/ (Cockpit's in target/cockpit). */
    void screenshot(String folder, String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", folder, name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
