package uk.staffcareers.staff;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The staff directory with the demo trust loaded, as the application loads it at start-up (StartupData), for the
 * slice tests of services that read people: the load is committed once per test context, before any test's
 * transaction.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({StaffDirectory.class, StaffBatchWrites.class, DemoTrust.class})
public class DemoStaff {

    @Bean
    Loaded demoTrustLoaded(DemoTrust demoTrust) {
        demoTrust.loadIfEnabled();
        return new Loaded();
    }

    /** Marks the demo trust as loaded. */
    static final class Loaded {
    }
}
