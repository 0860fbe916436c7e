package uk.staffcareers.appraisal;

/** One objective as set (slot 1 to the trust's most objectives, at most 5); a revision is a new version of the same slot. */
public record Objective(int slot, String objective, String successCriteria, String assessedBy, boolean professionalDevelopment) {

    /** "1. ... (professional development)", with its criteria and how it is assessed, for forms and the report. */
    public String summary() {
        return slot + ". " + objective + (professionalDevelopment ? " (professional development)" : "")
                + "\n   Success criteria: " + successCriteria + "\n   Assessed by: " + assessedBy;
    }
}
