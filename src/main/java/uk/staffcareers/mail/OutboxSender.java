package uk.staffcareers.mail;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due mail through the mail server (spring.mail.*), every send-interval. A failed try is counted and
 * the mail waits (see {@link Backoff}); nothing here ever reaches a process step. Without a mail server (the demo)
 * nothing is sent and the mail stays readable in the outbox.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /** Long enough for one try to finish; a node that dies in the middle leaves the mail to be tried after it. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailServer;
    private final String from;
    private final int batchSize;

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailServer, @Value("${staffcareers.mail.from}") String from,
            @Value("${staffcareers.mail.batch-size:50}") int batchSize) {
        this.outbox = outbox;
        this.mailServer = mailServer;
        this.from = from;
        this.batchSize = batchSize;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhereMailGoes() {
        if (mailServer.getIfAvailable() == null) {
            LOG.info("No mail server (spring.mail.host is not set): mail is kept in the outbox, GET /api/mail/outbox");
        }
    }

    @Scheduled(fixedDelayString = "${staffcareers.mail.send-interval:PT1M}",
            initialDelayString = "${staffcareers.mail.send-interval:PT1M}")
    void sendDueMail() {
        JavaMailSender server = mailServer.getIfAvailable();
        if (server == null) {
            return;
        }
        try {
            sendDue(server);
        } catch (RuntimeException e) {
            // The database, not the mail server: the next round tries again.
            LOG.warn("Could not read the mail outbox: {}", e.getMessage());
        }
    }

    /**
     * Sends the due mail through this server; returns how many went. The first failure ends the round: when the
     * server is down the rest would fail too, and they keep their turn for the next round.
     */
    public synchronized int sendDue(JavaMailSender server) {
        int sent = 0;
        for (OutboxMail mail : outbox.due(batchSize)) {
            if (!outbox.claim(mail, LEASE)) {
                continue;
            }
            try {
                server.send(message(mail));
            } catch (RuntimeException e) {
                Duration wait = Backoff.after(mail.attempts() + 1);
                outbox.failed(mail.id(), wait, e.getMessage());
                LOG.warn("Mail {} to {} not sent (try {}), next try in {} min: {}", mail.id(), mail.recipient(),
                        mail.attempts() + 1, wait.toMinutes(), e.getMessage());
                return sent;
            }
            outbox.sent(mail.id());
            sent++;
        }
        return sent;
    }

    private SimpleMailMessage message(OutboxMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }
}
