package uk.staffcareers.mail;

import java.time.LocalDateTime;

/** One mail in the outbox: waiting (nextAttemptAt set) or sent (sentAt set); lastError says why the last try failed. */
public record OutboxMail(long id, String recipient, String subject, String body, String caseRef, MailKind kind,
        LocalDateTime createdAt, int attempts, LocalDateTime nextAttemptAt, LocalDateTime sentAt, String lastError) {
}
