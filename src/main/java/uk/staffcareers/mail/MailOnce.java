package uk.staffcareers.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that goes once per key (a task's reminder, a headteacher's digest of one week): the key and the mail are written
 * together, so a job that runs again, or on two nodes at once, does not send it twice.
 */
@Component
class MailOnce {

    private static final Logger LOG = LoggerFactory.getLogger(MailOnce.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MailOnce(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Writes the mail unless this key's was written before; true when it was written now. */
    boolean send(String key, BooleanSupplier writeMail) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (jdbc.sql("select count(*) from mail_once where mail_key = ?").param(key).query(Integer.class).single() > 0) {
                    return false;
                }
                jdbc.sql("insert into mail_once (mail_key, sent_at) values (?, ?)").params(key, LocalDateTime.now(clock)).update();
                if (!writeMail.getAsBoolean()) {
                    status.setRollbackOnly();
                    return false;
                }
                return true;
            }));
        } catch (DuplicateKeyException e) {
            LOG.debug("Mail {} written at the same moment by another node", key);
            return false;
        }
    }
}
