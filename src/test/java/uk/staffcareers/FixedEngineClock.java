package uk.staffcareers;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the few service tests that need the engine: the engine's clock, which is also the application's (ClockConfiguration),
 * stands at {@link FixedClock}'s moment during each test and is back on the real clock after it.
 */
public class FixedEngineClock implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ClockUtil.setCurrentTime(Date.from(FixedClock.NOW.instant()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
