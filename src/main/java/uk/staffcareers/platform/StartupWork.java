package uk.staffcareers.platform;

/**
 * The application's own work at start-up (the directory's accounts, demo data), which Startup does first, while this
 * node holds the start-up lock, before the access rules and models; the application's wiring provides it.
 */
public interface StartupWork {

    void run();
}
