package uk.staffcareers.notifications;

import java.time.LocalDateTime;

/** A reminder or alert for one person. */
public record Notification(long id, String recipient, String subject, String body, String caseRef, LocalDateTime createdAt) {
}
