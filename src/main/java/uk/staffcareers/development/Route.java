package uk.staffcareers.development;

/** Step 3: informal development (coaching, mentoring, shadowing, ...) or a course or qualification. */
public enum Route {
    INFORMAL, QUALIFICATION
}
