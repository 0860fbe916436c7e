package uk.staffcareers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.staffcareers.staff.DemoStaff;

/**
 * A service's test on its own tables, without the application: only the services the test imports, with their
 * JdbcClient on an in-memory H2 database migrated by Flyway (the test profile's, not a replacement), the demo trust's
 * staff, and the day fixed by {@link FixedClock}. No engine, no web server; each test is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({FixedClock.class, DemoStaff.class})
public @interface ServiceSliceTest {
}
