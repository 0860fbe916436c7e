package uk.staffcareers.mail;

import java.util.Optional;

import org.springframework.stereotype.Service;

import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * The mail of an alert, escalation or summary a process raises. Its recipient is a user name of the directory, or an
 * address for someone outside it (the local-authority contact of an HLTA candidacy, whom only mail reaches).
 */
@Service
public class AlertMails {

    private final Outbox outbox;
    private final StaffDirectory directory;

    AlertMails(Outbox outbox, StaffDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    /** Queues the mail; someone with no address (a user outside the directory) is not mailed. */
    public void send(String recipient, String subject, String body, String caseRef, MailKind kind) {
        address(recipient).ifPresent(to -> {
            if (Confidential.caseRef(caseRef)) {
                outbox.add(to, Confidential.MESSAGE_SUBJECT, Confidential.MESSAGE_TEXT + "\n\n" + MailLinks.FOOTER, caseRef, kind);
            } else {
                outbox.add(to, subject, body + "\n\n" + MailLinks.FOOTER, caseRef, kind);
            }
        });
    }

    private Optional<String> address(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return Optional.empty();
        }
        if (recipient.contains("@")) {
            return Optional.of(recipient.strip());
        }
        return directory.findByUsername(recipient).map(StaffMember::email).filter(email -> !email.isBlank());
    }
}
