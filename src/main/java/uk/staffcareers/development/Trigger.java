package uk.staffcareers.development;

/** Why a development need arose (the support-staff guidance, step 1), plus the HLTA outcome. */
public enum Trigger {
    SCHOOL_IMPROVEMENT_PLAN, PERFORMANCE_REVIEW, OWN_REQUEST, NEW_APPOINTMENT, NEW_ROLE, APPRAISAL, SKILLS_AUDIT, HLTA_READINESS, HLTA_OUTCOME
}
