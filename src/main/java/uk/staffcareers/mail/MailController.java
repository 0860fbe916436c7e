package uk.staffcareers.mail;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.NotAllowedException;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * The outbox, readable where no mail server is set (the demo): the central team and administrators read all of it,
 * everyone their own. Each person's mail preferences.
 */
@RestController
class MailController {

    private static final int MOST = 200;

    private final Outbox outbox;
    private final MailPreferences preferences;
    private final StaffDirectory directory;
    private final IdentityService identity;

    MailController(Outbox outbox, MailPreferences preferences, StaffDirectory directory, IdentityService identity) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.directory = directory;
        this.identity = identity;
    }

    @GetMapping("/api/mail/outbox")
    List<OutboxMail> outbox(@RequestParam(defaultValue = "50") int limit) {
        var caller = identity.getCurrentAuthentication();
        boolean administrator = caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        if (!administrator && !directory.isCentralTeam(caller.getUserId())) {
            throw new NotAllowedException("The whole outbox is for the trust's central team and administrators; "
                    + "your own mail is at /api/mail/outbox/mine");
        }
        return outbox.latest(bounded(limit));
    }

    @GetMapping("/api/mail/outbox/mine")
    List<OutboxMail> mine(@RequestParam(defaultValue = "50") int limit) {
        return me().map(StaffMember::email).filter(email -> !email.isBlank())
                .map(email -> outbox.to(email, bounded(limit))).orElse(List.of());
    }

    @GetMapping("/api/staff/me/mail-preferences")
    MailPreference preferences() {
        return preferences.of(identity.getCurrentAuthentication().getUserId());
    }

    @PutMapping("/api/staff/me/mail-preferences")
    MailPreference changePreferences(@RequestBody MailPreference preference) {
        return preferences.set(identity.getCurrentAuthentication().getUserId(), preference);
    }

    private Optional<StaffMember> me() {
        return directory.findByUsername(identity.getCurrentAuthentication().getUserId());
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MOST));
    }
}
