package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/**
 * Issue 16, item 8: Camunda's "It is time to migrate to Camunda 8" banner is hidden where staff work (Tasklist,
 * Cockpit, the welcome page) by the application's own user-styles.css, the stylesheet each webapp loads last;
 * Admin keeps Camunda's. The browser test checks that Tasklist shows no banner.
 */
class CommunityBannerIT extends IntegrationTest {

    private static final String HIDDEN = "[cam-widget-header] .ce-eol-banner {\n  display: none;\n}";

    @Test
    void theStaffsWebappsHideTheBannerAndAdminKeepsIt() {
        for (String app : new String[] {"tasklist", "cockpit", "welcome"}) {
            ResponseEntity<String> styles = get("amy.hughes", "/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.getStatusCode().value()).as(app).isEqualTo(200);
            assertThat(styles.getBody()).as(app).contains(HIDDEN);
            assertThat(get("amy.hughes", "/camunda/app/" + app + "/").getBody()).as(app + " loads it")
                    .contains("/app/" + app + "/styles/user-styles.css");
        }
        assertThat(get("admin", "/camunda/app/admin/styles/user-styles.css").getBody()).doesNotContain("ce-eol-banner");
    }
}
