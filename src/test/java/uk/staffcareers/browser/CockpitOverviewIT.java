package uk.staffcareers.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.staff.DemoTrust;

/**
 * The Staff careers page in the real Cockpit, in headless Chromium: helen.carter signs in to Cockpit, follows the
 * header's link, and reads her school's figures, which the page reads with her Cockpit session; a running case shows
 * the person's name beside its business key; nothing of another school shows.
 */
class CockpitOverviewIT extends TasklistBrowserTest {

    @Test
    void aHeadteacherReadsHerSchoolsYearInCockpit() throws Exception {
        newTeachingAssistant("E1184", "Ottilie", "Fenwick", DemoTrust.OAKFIELD, "E1002");
        startConfirmation("E1184");
        JsonNode expected = new ObjectMapper().readTree(get("helen.carter", "/api/overview/year").getBody()).path("progress").get(0);
        try {
            loginToCockpit("helen.carter");
            visible(By.xpath("//a[normalize-space()='Staff careers']")).click();

            By cases = By.xpath("//section[@data-table='progress']//tbody/tr[1]/td[@data-field='cases']");
            visible(cases);
            assertThat(browser.findElement(By.xpath("//section[@data-table='progress']//tbody/tr[1]/td[@data-field='schoolName']"))
                    .getText()).isEqualTo("Oakfield Primary School");
            assertThat(browser.findElement(cases).getText()).isEqualTo(expected.path("cases").asText());
            assertThat(visible(By.xpath("//section[@data-table='running']//tr[td[@data-field='person' and normalize-space()='Ottilie Fenwick']]"))
                    .getText()).contains("Confirm");
            assertThat(browser.findElements(By.cssSelector("svg.staff-careers-chart rect"))).isNotEmpty();
            String csv = visible(By.xpath("//section[@data-table='progress']//a[normalize-space()='CSV']")).getAttribute("href");
            assertThat(csv).contains("/api/overview/year?", "format=csv", "table=progress");
            assertThat(fetch("GET", csv)).as("the CSV link, with the Cockpit session").startsWith("200 text/csv");
            assertThat(browser.findElement(By.cssSelector(".staff-careers")).getText()).doesNotContain("Riverside");
            screenshot("cockpit", "staff-careers.png");
        } catch (RuntimeException | AssertionError e) {
            screenshot("cockpit", "staff-careers-failure.png");
            throw e;
        }
    }
}
