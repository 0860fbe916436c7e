package uk.staffcareers.capability;

/** Whether someone appraises an employee in an appraisal still open: one of those who may raise a concern about them. */
public interface Appraisers {

    boolean appraises(String appraiserUsername, String staffId);
}
