package uk.staffcareers.staff;

/** Qualification types of the support-staff guidance, plus general ones such as GCSEs. */
public enum QualificationType {
    GENERAL, OCCUPATIONAL, VOCATIONALLY_RELATED, HIGHER_EDUCATION
}
