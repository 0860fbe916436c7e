package uk.staffcareers.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reminders and alerts that processes send to people; each reads their own. */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void send(String recipient, String subject, String body, String caseRef) {
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
