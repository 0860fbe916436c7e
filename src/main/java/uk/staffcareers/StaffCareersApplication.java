package uk.staffcareers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Staff careers: HLTA journey, appraisal, capability and development planning on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StaffCareersApplication {

    public static void main(String[] args) {
        SpringApplication.run(StaffCareersApplication.class, args);
    }
}
