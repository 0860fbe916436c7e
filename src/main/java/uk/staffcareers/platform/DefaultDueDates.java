package uk.staffcareers.platform;

import java.util.Date;

/** The due date of a user task whose model names none (DefaultDueDateListener); the trust's policy answers it. */
public interface DefaultDueDates {

    /** For the case of this member of staff, or of nobody (null). */
    Date defaultDue(String staffId);
}
