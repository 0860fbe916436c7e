package uk.staffcareers.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail waiting to be sent and the mail sent. Mail is added in the caller's transaction (the process step's), so it
 * is kept exactly when the step is; {@link OutboxSender} sends it afterwards.
 */
@Repository
public class Outbox {

    private static final String COLUMNS = """
            id, recipient, subject, body, case_ref, kind, created_at, attempts, next_attempt_at, sent_at, last_error""";
    private static final int SUBJECT_LENGTH = 300;
    private static final int BODY_LENGTH = 20000;
    private static final int ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a mail, due at once. */
    public void add(String recipient, String subject, String body, String caseRef, MailKind kind) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                insert into mail_outbox (recipient, subject, body, case_ref, kind, created_at, attempts, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(recipient, cut(subject, SUBJECT_LENGTH), cut(body, BODY_LENGTH), caseRef, kind.name(), now, now)
                .update();
    }

    /** The mail whose (next) try is due, oldest first. */
    List<OutboxMail> due(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where next_attempt_at <= ? order by next_attempt_at, id "
                + "fetch first " + limit + " rows only")
                .param(LocalDateTime.now(clock)).query(Outbox::mail).list();
    }

    /**
     * Takes a due mail for one try and counts it, unless another node took it first (its count moved on). Until
     * {@code lease} no one else tries it: a node that stops in the middle of a try leaves the mail to be tried again.
     */
    boolean claim(OutboxMail mail, Duration lease) {
        return jdbc.sql("""
                update mail_outbox set attempts = attempts + 1, next_attempt_at = ?
                where id = ? and attempts = ? and sent_at is null""")
                .params(LocalDateTime.now(clock).plus(lease), mail.id(), mail.attempts()).update() == 1;
    }

    void sent(long id) {
        jdbc.sql("update mail_outbox set sent_at = ?, next_attempt_at = null, last_error = null where id = ?")
                .params(LocalDateTime.now(clock), id).update();
    }

    void failed(long id, Duration wait, String error) {
        jdbc.sql("update mail_outbox set next_attempt_at = ?, last_error = ? where id = ?")
                .params(LocalDateTime.now(clock).plus(wait), cut(error, ERROR_LENGTH), id).update();
    }

    /** The latest mail, newest first. */
    public List<OutboxMail> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox order by id desc fetch first " + limit + " rows only")
                .query(Outbox::mail).list();
    }

    /** The latest mail to one address, newest first. */
    public List<OutboxMail> to(String recipient, int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where recipient = ? order by id desc fetch first "
                + limit + " rows only").param(recipient).query(Outbox::mail).list();
    }

    private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getString("case_ref"), MailKind.valueOf(rs.getString("kind")),
                rs.getObject("created_at", LocalDateTime.class), rs.getInt("attempts"),
                rs.getObject("next_attempt_at", LocalDateTime.class), rs.getObject("sent_at", LocalDateTime.class),
                rs.getString("last_error"));
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
