package uk.staffcareers.platform;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With school accounts: the page after signing out of Tasklist, Cockpit or Admin, and what the webapps' script
 * (school-accounts.js) asks to know that the webapps' own password form is not used here.
 */
@RestController
@ConditionalOnProperty(name = "staffcareers.sign-in.mode", havingValue = "oidc")
class SignInPagesController {

    private final SignInSettings settings;

    SignInPagesController(SignInSettings settings) {
        this.settings = settings;
    }

    @GetMapping(path = "/signed-out", produces = MediaType.TEXT_HTML_VALUE)
    String signedOut() {
        return SignInPage.html("You have signed out of Staff careers", SignInPage.TASKLIST, "Sign in again",
                "Your session of Tasklist, Cockpit and Admin has ended.",
                "You are still signed in to " + settings.providerName() + " in this browser, as you are for your school's email. "
                        + "On a computer others use, sign out of it too, or close the browser.");
    }

    @GetMapping("/sign-in/mode")
    ResponseEntity<Map<String, String>> mode() {
        return ResponseEntity.ok(Map.of("mode", "oidc", "signedOut", "/signed-out"));
    }
}
