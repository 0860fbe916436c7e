package uk.staffcareers.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.capability.Appraisers;

/** The appraiser of an employee's appraisal that has not yet completed. */
@Component
class OpenAppraisers implements Appraisers {

    private final JdbcClient jdbc;

    OpenAppraisers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean appraises(String appraiserUsername, String staffId) {
        return jdbc.sql("select count(*) from appraisal where staff_id = ? and appraiser = ? and status <> 'COMPLETED'")
                .params(staffId, appraiserUsername).query(Integer.class).single() > 0;
    }
}
