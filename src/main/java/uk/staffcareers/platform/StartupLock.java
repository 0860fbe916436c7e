package uk.staffcareers.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one PostgreSQL database start one after another: the engine's schema creation and
 * our start-up work (directory, identities, access rules, models) are not safe to run twice at
 * once. A session-level advisory lock is taken before the engine checks its schema and released
 * when Startup has finished; if a node dies meanwhile, its connection closes and PostgreSQL
 * releases the lock. Other databases (H2: one process) need no lock.
 */
@Component
class StartupLock {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
    /** Any fixed number; the same on every node. "staffcar" in ASCII. */
    private static final long KEY = 0x7374616666636172L;

    private final DataSource dataSource;
    private Connection holder;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    synchronized void acquire() {
        if (holder != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                var tried = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")");
                tried.next();
                if (!tried.getBoolean(1)) {
                    LOG.info("Another node is starting on this database: waiting for it to finish");
                    statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
                }
            }
            holder = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock on the database", e);
        }
    }

    /** Also when the application stops before Startup has run, so a node in the same JVM is not kept waiting. */
    @PreDestroy
    synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            LOG.warn("Could not release the start-up lock ({}); closing its connection releases it", e.getMessage());
        } finally {
            holder = null;
        }
    }
}
