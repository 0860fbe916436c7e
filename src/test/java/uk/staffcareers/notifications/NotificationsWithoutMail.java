package uk.staffcareers.notifications;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import uk.staffcareers.mail.AlertMails;

/** The notifications people read in the application, for slice tests; the email that may follow one is a mock that sends nothing. */
@TestConfiguration(proxyBeanMethods = false)
@Import(Notifications.class)
public class NotificationsWithoutMail {

    @Bean
    AlertMails alertMails() {
        return mock(AlertMails.class);
    }
}
