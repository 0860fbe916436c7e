package uk.staffcareers.platform;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Refuses to start with an administrator's password that anyone could guess, before the engine
 * creates the administrator: not set (under the postgres profile the literal text
 * "${STAFFCAREERS_ADMIN_PASSWORD}" would have become the password), empty, or, outside the demo,
 * shorter than 12 characters. Runs before any bean, registered in META-INF/spring.factories.
 */
class AdminPasswordCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final int SHORTEST = 12;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Binder settings = Binder.get(context.getEnvironment());
        if (settings.bind("camunda.bpm.admin-user.id", String.class).orElse("").isBlank()) {
            return; // the engine creates no administrator
        }
        // Bound as Camunda binds it: an unresolved placeholder stays as literal text.
        String password = settings.bind("camunda.bpm.admin-user.password", String.class).orElse(null);
        boolean demo = settings.bind("staffcareers.demo.enabled", Boolean.class).orElse(false);
        String problem = problem(password, demo);
        if (problem != null) {
            throw new AdminPasswordRefused(problem);
        }
    }

    /** What is wrong with the password, in one line, or null when it will do. */
    static String problem(String password, boolean demo) {
        if (password == null || password.matches(".*\\$\\{[^}]*}.*")) {
            return "The administrator's password is not set (STAFFCAREERS_ADMIN_PASSWORD)";
        }
        if (password.isBlank()) {
            return "The administrator's password (STAFFCAREERS_ADMIN_PASSWORD) is empty";
        }
        if (!demo && password.length() < SHORTEST) {
            return "The administrator's password (STAFFCAREERS_ADMIN_PASSWORD) has " + password.length()
                    + " characters; outside the demo it needs at least " + SHORTEST;
        }
        return null;
    }
}
