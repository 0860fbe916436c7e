package uk.staffcareers.mail;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.staffcareers.InvalidInputException;

/** Each person's choice of reminders and digests; someone who never chose gets both. */
@Repository
public class MailPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public MailPreference of(String username) {
        return jdbc.sql("select reminders, digests from mail_preference where username = ?").param(username)
                .query(MailPreference.class).optional()
                .orElse(MailPreference.ALL);
    }

    /** Both answers are needed: a missing one is refused, and nothing changes. */
    public MailPreference set(String username, MailPreference preference) {
        if (preference == null || preference.reminders() == null) {
            throw new InvalidInputException("Say whether you want reminders of tasks falling due: \"reminders\": true or false");
        }
        if (preference.digests() == null) {
            throw new InvalidInputException("Say whether you want the weekly digest of overdue tasks: \"digests\": true or false");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = jdbc.sql("update mail_preference set reminders = ?, digests = ?, updated_at = ? where username = ?")
                .params(preference.reminders(), preference.digests(), now, username).update();
        if (updated == 0) {
            jdbc.sql("insert into mail_preference (username, reminders, digests, updated_at) values (?, ?, ?, ?)")
                    .params(username, preference.reminders(), preference.digests(), now).update();
        }
        return of(username);
    }
}
