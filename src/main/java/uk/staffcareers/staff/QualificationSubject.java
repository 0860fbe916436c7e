package uk.staffcareers.staff;

/**
 * What a qualification is in, where the guidance asks about the subject: English or literacy and maths
 * or numeracy at level 2 are HLTA standard 11 and the senior TA's desirable qualifications. Recorded
 * with the qualification, never read from the words of its title.
 */
public enum QualificationSubject {
    ENGLISH_LITERACY, MATHS_NUMERACY, OTHER
}
