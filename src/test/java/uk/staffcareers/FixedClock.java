package uk.staffcareers;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import uk.staffcareers.platform.SchoolTime;

/** The services' clock in a slice test: ten in the morning in England on {@link #TODAY}, whatever day the build runs. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    /** A Wednesday in term time, in the autumn of the school year 2026/27. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 4);

    /** That day at ten in the morning in England. */
    public static final Clock NOW = Clock.fixed(TODAY.atTime(10, 0).atZone(SchoolTime.ZONE).toInstant(), SchoolTime.ZONE);

    @Bean
    Clock clock() {
        return NOW;
    }
}
