package uk.staffcareers.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.mail.AlertMails;
import uk.staffcareers.mail.MailKind;
import uk.staffcareers.platform.Alerts;

/**
 * Reminders and alerts that processes send to people; each reads their own, and is mailed it (README "Email").
 * A recipient is a user name, or the address of someone outside the directory (an HLTA candidacy's local-authority contact).
 */
@Service
public class Notifications implements Alerts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AlertMails mails;

    Notifications(JdbcClient jdbc, Clock clock, AlertMails mails) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mails = mails;
    }

    @Override
    public void send(String recipient, String subject, String body, String caseRef) {
        send(recipient, subject, body, caseRef, MailKind.ALERT);
    }

    /** What a launch did, for the person who launched it. */
    public void sendSummary(String recipient, String subject, String body, String caseRef) {
        send(recipient, subject, body, caseRef, MailKind.SUMMARY);
    }

    private void send(String recipient, String subject, String body, String caseRef, MailKind kind) {
        mails.send(recipient, subject, body, caseRef, kind);
        jdbc.sql("insert into notification (recipient, subject, body, case_ref, created_at) values (?, ?, ?, ?, ?)")
                .params(recipient, subject, body, caseRef, LocalDateTime.now(clock)).update();
    }

    public List<Notification> of(String recipient) {
        return jdbc.sql("select id, recipient, subject, body, case_ref, created_at from notification where recipient = ? order by id desc")
                .param(recipient)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("case_ref"), rs.getObject("created_at", LocalDateTime.class)))
                .list();
    }
}
