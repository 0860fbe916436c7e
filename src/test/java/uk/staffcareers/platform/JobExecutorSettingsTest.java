package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor a node runs with, as the application's own configuration sets it (the tests' profile turns it
 * off and runs jobs itself): on, with the pool and acquisition measured at the 31 October peak (README). Built by the
 * Camunda starter's own bean methods, so what is checked is what the engine gets, not only what the file says.
 */
class JobExecutorSettingsTest {

    @Test
    void aNodeRunsTimersWithTheMeasuredPoolAndAcquisition() throws IOException {
        CamundaBpmProperties properties = new CamundaBpmProperties();
        properties.setJobExecution(applicationSetting("camunda.bpm.job-execution", JobExecutionProperty.class));
        assertThat(properties.getJobExecution().isEnabled()).as("timers fire on their own").isTrue();

        ThreadPoolTaskExecutor threads = (ThreadPoolTaskExecutor) JobConfiguration.camundaTaskExecutor(properties);
        assertThat(threads.getCorePoolSize()).isEqualTo(3);
        assertThat(threads.getMaxPoolSize()).isEqualTo(10);
        assertThat(threads.getQueueCapacity()).isEqualTo(3);

        JobExecutor executor = JobConfiguration.jobExecutor(threads, properties);
        assertThat(executor.getMaxJobsPerAcquisition()).isEqualTo(3);
        assertThat(executor.getWaitTimeInMillis()).isEqualTo(5000);
        assertThat(executor.getLockTimeInMillis()).isEqualTo(300_000);
    }

    private static <T> T applicationSetting(String prefix, Class<T> type) throws IOException {
        var file = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
        return new Binder(ConfigurationPropertySources.from(file)).bind(prefix, type).get();
    }
}
