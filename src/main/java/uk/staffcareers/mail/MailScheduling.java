package uk.staffcareers.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is sent, reminders and digests go out, on their schedules (staffcareers.mail.*). */
@Configuration
@EnableScheduling
class MailScheduling {
}
