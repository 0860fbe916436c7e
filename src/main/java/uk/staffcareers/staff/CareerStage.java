package uk.staffcareers.staff;

/** Support-staff career stages of the trust's career-stage expectations, each with levels 1 to 3. */
public enum CareerStage {
    CORE, PROFICIENT, EXPERIENCED
}
